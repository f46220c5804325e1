package fr.aiguillage.diagnostic;

import fr.aiguillage.audit.AuditAction;
import fr.aiguillage.audit.AuditLog;
import fr.aiguillage.beneficiary.BirthMonth;
import fr.aiguillage.criteria.CompiledRuleSet;
import fr.aiguillage.criteria.Criteria;
import fr.aiguillage.criteria.CriteriaCompiler;
import fr.aiguillage.criteria.CriteriaVersionDetails;
import fr.aiguillage.criteria.Proposal;
import fr.aiguillage.criteria.ReplayReport;
import fr.aiguillage.criteria.Rule;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.TenantScoped;
import fr.aiguillage.vocabulary.Pathway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Before publishing: how would a candidate table change the proposals of the département's past
 * (completed) diagnostics? Each diagnostic is evaluated with the table in force and with the
 * candidate, exactly as {@link CompiledRuleSet#evaluate} does for one person.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class CriteriaReplay {
  static final int BATCH = 2000;

  @PersistenceContext(unitName = "aiguillage")
  EntityManager em;

  @Inject Criteria criteria;
  @Inject AuditLog audit;
  @Inject CurrentCaller caller;
  @Inject Clock clock;
  @Inject fr.aiguillage.questionnaire.Questionnaires questionnaires;

  /** Replays the given rules (a table being edited) or the stored version {@code version}. */
  public ReplayReport replay(Optional<List<Rule>> rules, Optional<Integer> version) {
    caller
        .get()
        .requireDepartementStaff("Le rejeu des critères est réservé aux agents du département.");
    long t0 = System.nanoTime();
    LocalDate today = LocalDate.now(clock);
    CriteriaVersionDetails inForce = criteria.inForce(today);
    CompiledRuleSet baseline = criteria.compiled(inForce);
    CompiledRuleSet candidate;
    String label;
    if (rules.isPresent()) {
      candidate = CriteriaCompiler.compile(0, rules.get(), questionnaires.current());
      label = "table en cours d'édition";
    } else {
      CriteriaVersionDetails v = criteria.version(version.orElse(inForce.version()));
      candidate = criteria.compiled(v);
      label = "version " + v.version();
    }
    Map<Pathway, Long> before = new EnumMap<>(Pathway.class);
    Map<Pathway, Long> after = new EnumMap<>(Pathway.class);
    List<ReplayReport.Change> changes = new ArrayList<>();
    long count = 0;
    long changed = 0;
    Object lastId = null;
    while (true) {
      List<Object[]> rows = batch(lastId);
      for (Object[] row : rows) {
        Diagnostic d = (Diagnostic) row[0];
        Integer age =
            row[1] != null
                ? Period.between((LocalDate) row[1], today).getYears()
                : row[4] == null
                    ? null
                    : new BirthMonth((Integer) row[4], (Integer) row[5]).ageOn(today);
        Map<String, Object> answers = d.effectiveAnswers();
        Proposal old = baseline.evaluate(answers, age);
        Proposal neu = candidate.evaluate(answers, age);
        count++;
        before.merge(old.pathway(), 1L, Long::sum);
        after.merge(neu.pathway(), 1L, Long::sum);
        if (old.pathway() != neu.pathway()
            || !old.decidedBy().code().equals(neu.decidedBy().code())) {
          changed++;
          if (changes.size() < ReplayReport.MAX_LISTED) {
            changes.add(
                new ReplayReport.Change(
                    d.beneficiaryId(),
                    d.id(),
                    row[2] + " " + row[3],
                    old.pathway(),
                    old.decidedBy().code(),
                    neu.pathway(),
                    neu.decidedBy().code(),
                    neu.decidedBy().explanation()));
          }
        }
        lastId = d.id();
      }
      em.clear();
      if (rows.size() < BATCH) {
        break;
      }
    }
    audit.record(
        AuditAction.LIST,
        "diagnostic",
        null,
        "rejeu des critères (" + label + ") sur " + count + " diagnostics");
    return new ReplayReport(
        inForce.version(),
        label,
        count,
        before,
        after,
        changed,
        changes,
        (System.nanoTime() - t0) / 1_000_000);
  }

  private List<Object[]> batch(Object afterId) {
    String where = afterId == null ? "" : " AND d.id > :after";
    var q =
        em.createQuery(
                "SELECT d, b.birthDate, b.lastName, b.firstNames, b.birthYear, b.birthMonth"
                    + " FROM Diagnostic d, Beneficiary b"
                    + " WHERE b.id = d.beneficiaryId AND d.status = :done"
                    + where
                    + " ORDER BY d.id",
                Object[].class)
            .setParameter("done", Diagnostic.Status.COMPLETED)
            .setMaxResults(BATCH);
    if (afterId != null) {
      q.setParameter("after", (UUID) afterId);
    }
    return q.getResultList();
  }
}
