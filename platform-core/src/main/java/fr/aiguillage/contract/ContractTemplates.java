package fr.aiguillage.contract;

import fr.aiguillage.audit.AuditAction;
import fr.aiguillage.audit.AuditLog;
import fr.aiguillage.shared.AccessDeniedException;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.NotFoundException;
import fr.aiguillage.tenancy.Caller;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.tenancy.TenantCode;
import fr.aiguillage.tenancy.TenantScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A département's contract templates: adopting a national default, drafting, revising, publishing
 * with an effective date, archiving, and the preview on one of its people. Staff read; only the
 * département's administrator writes.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class ContractTemplates {
  private static final String PERSON = "beneficiary";

  @PersistenceContext(unitName = "aiguillage")
  EntityManager em;

  @Inject CurrentCaller caller;
  @Inject Clock clock;
  @Inject MergeFiles files;
  @Inject AuditLog audit;

  /** Every kind with the département's versions of it, newest first. */
  public List<TemplateSummary> list() {
    staff();
    LocalDate today = today();
    List<ContractTemplate> all = stored();
    return Arrays.stream(ContractKind.values())
        .map(
            kind -> {
              List<ContractTemplate> ofKind = all.stream().filter(t -> t.kind() == kind).toList();
              return new TemplateSummary(
                  kind,
                  kind.label(),
                  inForce(ofKind, today).map(ContractTemplate::version).orElse(0),
                  ofKind.stream()
                      .map(
                          t ->
                              new TemplateSummary.Version(
                                  t.id(),
                                  t.version(),
                                  t.status().name(),
                                  t.title(),
                                  t.effectiveFrom(),
                                  t.isInForceOn(today)))
                      .toList());
            })
        .toList();
  }

  public TemplateDetails read(UUID id) {
    staff();
    return TemplateDetails.of(load(id), today());
  }

  /** The version of {@code kind} contracts are written with on {@code day}, if one is published. */
  public Optional<ContractTemplate> inForce(ContractKind kind, LocalDate day) {
    staff();
    return inForceForContract(kind, day);
  }

  /**
   * As {@link #inForce}, for a contract being drafted or renewed once its façade has checked the
   * caller: a partner's referent writes contracts too, without reading the templates.
   */
  Optional<ContractTemplate> inForceForContract(ContractKind kind, LocalDate day) {
    return inForce(stored().stream().filter(t -> t.kind() == kind).toList(), day);
  }

  /**
   * Version 1 of {@code kind}, copied from the national default.
   *
   * @throws ConflictException if the département already has a version of this kind
   */
  public TemplateDetails adopt(ContractKind kind) {
    String actor = admin();
    if (stored().stream().anyMatch(t -> t.kind() == kind)) {
      throw new ConflictException(
          "kind",
          "Le modèle national « "
              + kind.label()
              + " » est déjà adopté : créez une nouvelle version à partir d'une version existante.");
    }
    ContractTemplate t =
        ContractTemplate.adopt(NationalTemplate.of(kind), 1, actor, clock.instant());
    em.persist(t);
    em.flush();
    return TemplateDetails.of(t, today());
  }

  /**
   * A new draft starting from version {@code fromId}'s texts, numbered after the kind's last one.
   *
   * @throws ConflictException if the kind already has a draft
   */
  public TemplateDetails newDraft(UUID fromId) {
    String actor = admin();
    ContractTemplate from = load(fromId);
    List<ContractTemplate> ofKind = stored().stream().filter(t -> t.kind() == from.kind()).toList();
    ofKind.stream()
        .filter(t -> t.status() == ContractTemplate.Status.DRAFT)
        .findFirst()
        .ifPresent(
            draft -> {
              throw new ConflictException(
                  "id",
                  "La version "
                      + draft.version()
                      + " de ce modèle est déjà un brouillon : modifiez-la ou publiez-la d'abord.");
            });
    int next = ofKind.stream().mapToInt(ContractTemplate::version).max().orElse(0) + 1;
    ContractTemplate draft = from.nextDraft(next, actor, clock.instant());
    em.persist(draft);
    em.flush();
    return TemplateDetails.of(draft, today());
  }

  /**
   * Replaces a draft's title and sections.
   *
   * @param expectedRowVersion the {@code rowVersion} the editor read
   * @throws ConflictException if someone changed it since, or it is no longer a draft
   * @throws TemplateRejectedException with every unknown or unclosed merge field
   */
  public TemplateDetails revise(
      UUID id, long expectedRowVersion, String title, List<TemplateSection> sections) {
    String actor = admin();
    ContractTemplate t = load(id);
    expect(t, expectedRowVersion);
    t.reviseDraft(
        title == null ? "" : title,
        sections == null ? List.of() : sections,
        actor,
        clock.instant());
    em.flush();
    return TemplateDetails.of(t, today());
  }

  /**
   * Publishes a draft from {@code effectiveFrom}; when that is today, the versions of its kind it
   * replaces are archived at once (as the criteria do), and stored first: the database lets only
   * one published version of a kind take effect on a given day.
   */
  public TemplateDetails publish(UUID id, LocalDate effectiveFrom) {
    String actor = admin();
    LocalDate today = today();
    ContractTemplate t = load(id);
    if (t.status() == ContractTemplate.Status.DRAFT && today.equals(effectiveFrom)) {
      stored().stream()
          .filter(
              o ->
                  o.kind() == t.kind()
                      && o.status() == ContractTemplate.Status.PUBLISHED
                      && !o.effectiveFrom().isAfter(today))
          .forEach(o -> o.archive(clock.instant()));
      em.flush();
    }
    t.publish(effectiveFrom, today, actor, clock.instant());
    em.flush();
    return TemplateDetails.of(t, today);
  }

  public TemplateDetails archive(UUID id) {
    admin();
    ContractTemplate t = load(id);
    t.archive(clock.instant());
    em.flush();
    return TemplateDetails.of(t, today());
  }

  /**
   * The template rendered for one of the département's people (their file, current orientation,
   * referent and structure, latest synthesis); a value not known shows as not filled in. Reading
   * the person's file is audited.
   */
  public TemplatePreview preview(UUID id, UUID beneficiaryId) {
    TenantCode tenant = staff().requireTenant();
    ContractTemplate t = load(id);
    MergeFile file =
        files.find(tenant, beneficiaryId).orElseThrow(() -> new NotFoundException("Personne"));
    audit.record(AuditAction.READ, PERSON, beneficiaryId, "aperçu du modèle de contrat");
    MergeValues values = file.values();
    ParsedTemplate parsed = t.parsed();
    List<String> notFilledIn =
        Stream.concat(
                parsed.sections().stream().map(ParsedTemplate.Section::body),
                parsed.legalMentions().stream())
            .flatMap(text -> text.fields().stream())
            .distinct()
            .filter(f -> values.valueOf(f).isEmpty())
            .map(MergeField::label)
            .toList();
    String html =
        ContractRenderer.render(
                t, values, new ActionPlan(List.of(), ActionPlan.DEFAULT_WEEKLY_HOURS, null))
            .html();
    return new TemplatePreview(id, beneficiaryId, html, notFilledIn);
  }

  private static Optional<ContractTemplate> inForce(List<ContractTemplate> ofKind, LocalDate day) {
    return ofKind.stream()
        .filter(t -> t.isInForceOn(day))
        .max(
            Comparator.comparing(ContractTemplate::effectiveFrom)
                .thenComparing(ContractTemplate::version));
  }

  private static void expect(ContractTemplate t, long expectedRowVersion) {
    if (t.rowVersion() != expectedRowVersion) {
      throw new ConflictException(
          "rowVersion",
          "Ce modèle a été modifié entre-temps par quelqu'un d'autre : rechargez-le avant de le"
              + " modifier.");
    }
  }

  private ContractTemplate load(UUID id) {
    return Optional.ofNullable(id)
        .map(i -> em.find(ContractTemplate.class, i))
        .orElseThrow(() -> new NotFoundException("Modèle de contrat"));
  }

  private List<ContractTemplate> stored() {
    return em.createQuery(
            "SELECT t FROM ContractTemplate t ORDER BY t.kind, t.version DESC",
            ContractTemplate.class)
        .getResultList();
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private Caller staff() {
    Caller c = caller.get();
    c.requireDepartementStaff("Les modèles de contrat sont réservés aux agents du département.");
    return c;
  }

  private String admin() {
    Caller c = staff();
    if (!c.hasRole(Roles.TENANT_ADMIN)) {
      throw new AccessDeniedException(
          "Seul un administrateur du département peut modifier ou publier les modèles de contrat.");
    }
    return c.username();
  }
}
