package fr.aiguillage.diagnostic;

import fr.aiguillage.audit.AuditAction;
import fr.aiguillage.audit.AuditLog;
import fr.aiguillage.events.DomainEvent;
import fr.aiguillage.events.EventPublisher;
import fr.aiguillage.questionnaire.Answers;
import fr.aiguillage.questionnaire.Question;
import fr.aiguillage.questionnaire.Questionnaire;
import fr.aiguillage.questionnaire.Questionnaires;
import fr.aiguillage.questionnaire.Section;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.NotFoundException;
import fr.aiguillage.tenancy.Caller;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.TenantCode;
import fr.aiguillage.tenancy.TenantScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Personal links: an agent issues one for a diagnostic in progress; the person opens it without an
 * account, saves and comes back, then submits, which uses the link up. Each step of the person runs
 * in the link's tenant only, as a caller that can touch nothing but that diagnostic.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class PersonalLinks {
  public static final int DEFAULT_DAYS = 14;
  public static final int MAX_DAYS = 30;
  static final String PERSON = "personne (lien personnel)";
  private final SecureRandom random = new SecureRandom();

  @PersistenceContext(unitName = "aiguillage")
  EntityManager em;

  @Inject jakarta.enterprise.event.Event<PersonAnswered> answered;
  @Inject CurrentCaller currentCaller;
  @Inject AuditLog audit;
  @Inject EventPublisher events;
  @Inject Clock clock;
  @Inject Questionnaires questionnaires;

  /**
   * A link opened by a person: which tenant, and either which diagnostic (the questionnaire) or
   * which contract (to read and sign it).
   */
  /**
   * @param answered the person has sent their answers (the link is used up for the questionnaire;
   *     it still shows and changes their place at a collective session)
   */
  public record LinkContext(
      UUID linkId, TenantCode tenant, UUID diagnosticId, UUID contractId, boolean answered) {
    public boolean forContract() {
      return contractId != null;
    }
  }

  /** The token appears once, in the link; only its hash is stored. */
  public record IssuedLink(String token, Instant expiresAt) {}

  /** What the person sees: the questions asked to them, their saved answers, their first name. */
  public record PersonForm(
      String firstName, List<Section> sections, Map<String, Answer> answers, Instant expiresAt) {}

  /**
   * A link for the person to read and sign their contract (the contract's service has checked that
   * the caller may send it), valid {@value #DEFAULT_DAYS} days.
   */
  public IssuedLink issueForContract(UUID contractId) {
    Caller c = currentCaller.get();
    if (!c.isAuthenticated()) {
      throw new fr.aiguillage.shared.AccessDeniedException("Connectez-vous pour envoyer un lien.");
    }
    String token = newToken();
    Instant now = clock.instant();
    Instant expires = now.plus(Duration.ofDays(DEFAULT_DAYS));
    em.persist(PersonalLink.forContract(contractId, hash(token), c.username(), now, expires));
    return new IssuedLink(token, expires);
  }

  private String newToken() {
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }

  public IssuedLink issue(UUID diagnosticId, Integer days) {
    Caller c = currentCaller.get();
    c.requireDepartementStaff("Les liens personnels sont créés par les agents du département.");
    int validity = days == null ? DEFAULT_DAYS : days;
    if (validity < 1 || validity > MAX_DAYS) {
      throw new InvalidInputException(
          "days", "La durée de validité va de 1 à " + MAX_DAYS + " jours.");
    }
    Diagnostic d =
        Optional.ofNullable(em.find(Diagnostic.class, diagnosticId))
            .orElseThrow(() -> new NotFoundException("Diagnostic"));
    if (d.status() != Diagnostic.Status.IN_PROGRESS) {
      throw new ConflictException(
          "diagnosticId",
          "Ce diagnostic est terminé : il n'a plus besoin des réponses de la personne.");
    }
    String token = newToken();
    Instant now = clock.instant();
    PersonalLink link =
        PersonalLink.forDiagnostic(
            diagnosticId, hash(token), c.username(), now, now.plus(Duration.ofDays(validity)));
    em.persist(link);
    audit.record(
        AuditAction.UPDATE,
        "beneficiary",
        d.beneficiaryId(),
        "lien personnel créé, valable jusqu'au " + link.expiresAt());
    return new IssuedLink(token, link.expiresAt());
  }

  /**
   * Resolves a token (no tenant yet: through the owner-rights SQL function), refuses it if unknown,
   * expired or used, and makes the rest of this request act for that link only.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public LinkContext open(String token) {
    return open(token, false);
  }

  /**
   * Like {@link #open(String)}, but a questionnaire link whose answers were sent still opens
   * ({@code answered}): for the person's place at a collective session, never for the answers.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public LinkContext openAnswered(String token) {
    return open(token, true);
  }

  private LinkContext open(String token, boolean answeredToo) {
    if (token == null || token.length() < 20 || token.length() > 100) {
      throw new PersonalLinkRefused(
          "Ce lien n'est pas valide. Vérifiez qu'il est complet, ou demandez un nouveau lien à votre conseiller.");
    }
    List<?> rows =
        em.createNativeQuery(
                "SELECT link_id, tenant_id, diagnostic_id, expires_at, consumed_at, contract_id"
                    + " FROM resolve_personal_link(?1)")
            .setParameter(1, hash(token))
            .getResultList();
    if (rows.isEmpty()) {
      throw new PersonalLinkRefused(
          "Ce lien n'est pas valide. Vérifiez qu'il est complet, ou demandez un nouveau lien à votre conseiller.");
    }
    Object[] row = (Object[]) rows.get(0);
    boolean answered = row[4] != null;
    if (answered && (!answeredToo || row[5] != null)) {
      throw new PersonalLinkUsedUp();
    }
    Instant expires = ((java.sql.Timestamp) row[3]).toInstant();
    if (!expires.isAfter(clock.instant())) {
      throw new PersonalLinkRefused(
          "Ce lien a expiré. Demandez un nouveau lien à votre conseiller.");
    }
    LinkContext ctx =
        new LinkContext(
            uuid(row[0]),
            TenantCode.of((String) row[1]),
            row[2] == null ? null : uuid(row[2]),
            row[5] == null ? null : uuid(row[5]),
            answered);
    currentCaller.actAs(new Caller(PERSON, Optional.of(ctx.tenant()), Optional.empty(), Set.of()));
    return ctx;
  }

  public PersonForm form(LinkContext ctx) {
    Diagnostic d = diagnosticOf(ctx);
    String firstName =
        em.createQuery("SELECT b.firstNames FROM Beneficiary b WHERE b.id = :id", String.class)
            .setParameter("id", d.beneficiaryId())
            .getResultStream()
            .findFirst()
            .orElse("");
    PersonalLink link = em.find(PersonalLink.class, ctx.linkId());
    return new PersonForm(
        firstName.split(" ")[0], askedToPerson(), d.answers(Respondent.PERSON), link.expiresAt());
  }

  /** The questionnaire of the link's département (to read the person's form). */
  public Questionnaire questionnaire(LinkContext ctx) {
    diagnosticOf(ctx);
    return questionnaires.current();
  }

  /** Checks the person's answers without saving them (to report every error of a form at once). */
  public void check(LinkContext ctx, Map<String, Object> values) {
    diagnosticOf(ctx);
    personAnswers(questionnaires.current(), values);
  }

  /**
   * Saves the person's answers; with {@code submit}, sends them and uses the link up. The link's
   * row is locked first, then found unused, so that of simultaneous submissions only the first is
   * recorded and announced; the others find the link used up.
   */
  public void save(LinkContext ctx, Map<String, Object> values, boolean submit) {
    requireLinkCaller(ctx);
    Map<String, Object> checked = personAnswers(questionnaires.current(), values);
    PersonalLink link =
        Optional.ofNullable(
                em.find(PersonalLink.class, ctx.linkId(), LockModeType.PESSIMISTIC_WRITE))
            .orElseThrow(() -> new PersonalLinkRefused("Ce lien n'est pas valide."));
    if (link.consumedAt() != null) {
      throw new PersonalLinkUsedUp();
    }
    Diagnostic d = diagnosticOf(ctx, LockModeType.PESSIMISTIC_WRITE);
    d.record(Respondent.PERSON, checked, PERSON, clock.instant());
    answered.fire(new PersonAnswered(d.id(), d.beneficiaryId(), submit));
    audit.record(
        AuditAction.UPDATE,
        "beneficiary",
        d.beneficiaryId(),
        submit ? "réponses envoyées par la personne" : "réponses enregistrées par la personne");
    if (submit) {
      link.consume(clock.instant());
      events.publish(
          DomainEvent.of(
              "diagnostic.person-answered",
              "diagnostic",
              d.id(),
              ctx.tenant().value(),
              clock.instant(),
              Map.of(
                  "schemaVersion",
                  1,
                  "diagnosticId",
                  d.id().toString(),
                  "beneficiaryId",
                  d.beneficiaryId().toString(),
                  "answered",
                  checked.size())));
    }
  }

  /**
   * The person's answers checked: every question theirs to answer, every value valid; all refusals
   * at once.
   */
  static Map<String, Object> personAnswers(Questionnaire q, Map<String, Object> values) {
    List<FieldError> errors = new ArrayList<>();
    values.keySet().stream()
        .filter(code -> q.question(code).map(question -> !question.askedToPerson()).orElse(false))
        .forEach(
            code ->
                errors.add(
                    new FieldError(
                        "answers." + code, "Cette question est posée par votre conseiller.")));
    Map<String, Object> checked = Map.of();
    try {
      checked = Answers.check(q, values);
    } catch (InvalidInputException refused) {
      errors.addAll(refused.errors());
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return checked;
  }

  private Diagnostic diagnosticOf(LinkContext ctx) {
    return diagnosticOf(ctx, LockModeType.NONE);
  }

  private Diagnostic diagnosticOf(LinkContext ctx, LockModeType lock) {
    requireLinkCaller(ctx);
    if (ctx.diagnosticId() == null) {
      throw new PersonalLinkRefused("Ce lien ne sert pas à répondre au questionnaire.");
    }
    Diagnostic d =
        Optional.ofNullable(em.find(Diagnostic.class, ctx.diagnosticId(), lock))
            .orElseThrow(() -> new PersonalLinkRefused("Ce lien n'est pas valide."));
    if (d.status() != Diagnostic.Status.IN_PROGRESS) {
      throw new PersonalLinkRefused(
          "Votre conseiller a terminé ce diagnostic : vos réponses ne peuvent plus être modifiées.");
    }
    return d;
  }

  /** Only the request that opened the link acts for it. */
  public void requireLinkCaller(LinkContext ctx) {
    Caller c = currentCaller.get();
    if (!PERSON.equals(c.username()) || !c.tenant().equals(Optional.of(ctx.tenant()))) {
      throw new PersonalLinkRefused("Ce lien n'est pas valide.");
    }
  }

  List<Section> askedToPerson() {
    return questionnaires.current().sections().stream()
        .map(
            s ->
                new Section(
                    s.code(),
                    s.title(),
                    s.national(),
                    s.questions().stream().filter(Question::askedToPerson).toList()))
        .filter(s -> !s.questions().isEmpty())
        .toList();
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static UUID uuid(Object o) {
    return o instanceof UUID u ? u : UUID.fromString(o.toString());
  }
}
