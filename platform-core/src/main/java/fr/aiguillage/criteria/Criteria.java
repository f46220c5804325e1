package fr.aiguillage.criteria;

import fr.aiguillage.questionnaire.Answers;
import fr.aiguillage.questionnaire.NationalQuestionnaire;
import fr.aiguillage.questionnaire.Questionnaire;
import fr.aiguillage.shared.AccessDeniedException;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.NotFoundException;
import fr.aiguillage.tenancy.Caller;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.tenancy.TenantScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.lang.reflect.Type;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A département's criteria: the versions, the draft being edited (type-checked on every save), its
 * publication with an effective date, and the test bench. Without a published version, the national
 * default applies.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class Criteria {
  /** The ages the test bench accepts, in years. */
  static final int MIN_AGE = 0;

  static final int MAX_AGE = 130;

  private static final java.util.concurrent.ConcurrentMap<String, CompiledRuleSet> COMPILED =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final Type RULE_LIST = new ArrayList<Rule>() {}.getClass().getGenericSuperclass();
  static final CriteriaVersionDetails NATIONAL =
      new CriteriaVersionDetails(
          0,
          "PUBLISHED",
          LocalDate.of(2025, 1, 1),
          NationalQuestionnaire.VERSION,
          true,
          NationalCriteria.rules());

  @PersistenceContext(unitName = "aiguillage")
  EntityManager em;

  /**
   * Created on first use, so that the class loads where no JSON-B provider is present (UI unit
   * tests).
   */
  private static final class JsonHolder {
    static final Jsonb JSON = JsonbBuilder.create();
  }

  @Inject CurrentCaller caller;
  @Inject Clock clock;
  @Inject fr.aiguillage.questionnaire.Questionnaires questionnaires;

  public Questionnaire questionnaire() {
    staff();
    return questionnaires.current();
  }

  public List<CriteriaVersionDetails> versions() {
    staff();
    List<CriteriaVersionDetails> all =
        new ArrayList<>(stored().stream().map(Criteria::view).toList());
    all.add(NATIONAL);
    return all;
  }

  /**
   * The version in force on {@code day}: the latest published one already effective, else the
   * national default.
   */
  public CriteriaVersionDetails inForce(LocalDate day) {
    staff();
    return stored().stream()
        .filter(v -> v.status() != CriteriaVersion.Status.DRAFT && !v.effectiveFrom().isAfter(day))
        .max(
            Comparator.comparing(CriteriaVersion::effectiveFrom)
                .thenComparing(CriteriaVersion::version))
        .map(Criteria::view)
        .orElse(NATIONAL);
  }

  /**
   * Saves the draft (created on first save); refused with every rule error if it does not
   * type-check.
   */
  public CriteriaVersionDetails saveDraft(List<Rule> rules) {
    String actor = admin();
    CriteriaCompiler.compile(0, rules, questionnaires.current());
    String json = JsonHolder.JSON.toJson(rules, RULE_LIST);
    Optional<CriteriaVersion> draft =
        stored().stream().filter(v -> v.status() == CriteriaVersion.Status.DRAFT).findFirst();
    CriteriaVersion saved;
    if (draft.isPresent()) {
      saved = draft.get();
      saved.replaceDraft(json, actor, clock.instant());
    } else {
      int next = stored().stream().mapToInt(CriteriaVersion::version).max().orElse(0) + 1;
      saved =
          CriteriaVersion.draft(next, NationalQuestionnaire.VERSION, json, actor, clock.instant());
      em.persist(saved);
    }
    em.flush();
    return view(saved);
  }

  /** The version in force today, in the département's time zone. */
  public CriteriaVersionDetails inForceToday() {
    return inForce(LocalDate.now(clock));
  }

  public CriteriaVersionDetails publish(int version, LocalDate effectiveFrom) {
    String actor = admin();
    LocalDate today = LocalDate.now(clock);
    if (effectiveFrom == null || effectiveFrom.isBefore(today)) {
      throw new InvalidInputException(
          "effectiveFrom",
          "La date d'effet est obligatoire et ne peut pas être passée (au plus tôt aujourd'hui).");
    }
    CriteriaVersion v =
        stored().stream()
            .filter(s -> s.version() == version)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("Version de critères"));
    if (v.status() != CriteriaVersion.Status.DRAFT) {
      throw new ConflictException(
          "version", "Seul un brouillon peut être publié ; la version " + version + " l'est déjà.");
    }
    CriteriaCompiler.compile(version, rules(v), questionnaires.current());
    v.publish(effectiveFrom, actor, clock.instant());
    if (!effectiveFrom.isAfter(today)) {
      stored().stream()
          .filter(
              o ->
                  o != v
                      && o.status() == CriteriaVersion.Status.PUBLISHED
                      && !o.effectiveFrom().isAfter(effectiveFrom))
          .forEach(CriteriaVersion::archive);
    }
    return view(v);
  }

  /**
   * The test bench: the proposal for these answers, with the rules given (a table being edited,
   * type-checked first) or with the version in force today.
   */
  public Proposal simulate(Optional<List<Rule>> rules, Map<String, Object> answers, Integer age) {
    staff();
    Questionnaire q = questionnaires.current();
    List<FieldError> errors = new ArrayList<>();
    if (age != null && (age < MIN_AGE || age > MAX_AGE)) {
      errors.add(new FieldError("age", "L'âge va de " + MIN_AGE + " à " + MAX_AGE + " ans."));
    }
    Map<String, Object> checked = Map.of();
    try {
      checked = Answers.check(q, answers);
    } catch (InvalidInputException refused) {
      errors.addAll(refused.errors());
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    CriteriaVersionDetails current = inForce(LocalDate.now(clock));
    CompiledRuleSet set =
        rules.isPresent()
            ? CriteriaCompiler.compile(0, rules.get(), q)
            : CriteriaCompiler.compile(current.version(), current.rules(), q);
    return set.evaluate(checked, age);
  }

  /** The proposal of the criteria in force today for these (already checked) answers. */
  public Proposal evaluateInForce(Map<String, Object> answers, Integer age) {
    return compiled(inForce(LocalDate.now(clock))).evaluate(answers, age);
  }

  /** A published version's compiled table (cached: published versions never change). */
  public CompiledRuleSet compiled(CriteriaVersionDetails v) {
    if ("DRAFT".equals(v.status())) {
      return CriteriaCompiler.compile(v.version(), v.rules(), questionnaires.current());
    }
    Questionnaire q = questionnaires.current();
    String key =
        caller.get().tenant().map(t -> t.value()).orElse("")
            + ":"
            + v.version()
            + ":q"
            + q.version();
    return COMPILED.computeIfAbsent(key, k -> CriteriaCompiler.compile(v.version(), v.rules(), q));
  }

  /** A stored version of this département by number (0 is the national base). */
  public CriteriaVersionDetails version(int number) {
    staff();
    if (number == 0) {
      return NATIONAL;
    }
    return stored().stream()
        .filter(v -> v.version() == number)
        .findFirst()
        .map(Criteria::view)
        .orElseThrow(() -> new NotFoundException("Version de critères"));
  }

  private List<CriteriaVersion> stored() {
    return em.createQuery(
            "SELECT v FROM CriteriaVersion v ORDER BY v.version DESC", CriteriaVersion.class)
        .getResultList();
  }

  private static List<Rule> rules(CriteriaVersion v) {
    return JsonHolder.JSON.fromJson(v.rulesJson(), RULE_LIST);
  }

  private static CriteriaVersionDetails view(CriteriaVersion v) {
    return new CriteriaVersionDetails(
        v.version(),
        v.status().name(),
        v.effectiveFrom(),
        v.questionnaireVersion(),
        false,
        rules(v));
  }

  private Caller staff() {
    Caller c = caller.get();
    c.requireTenant();
    if (Roles.DEPARTEMENT_STAFF.stream().noneMatch(c::hasRole)) {
      throw new AccessDeniedException(
          "Les critères d'orientation sont réservés aux agents du département.");
    }
    return c;
  }

  private String admin() {
    Caller c = staff();
    if (!c.hasRole(Roles.TENANT_ADMIN)) {
      throw new AccessDeniedException(
          "Seul un administrateur du département peut modifier ou publier les critères.");
    }
    return c.username();
  }
}
