package fr.aiguillage.intake;

import fr.aiguillage.shared.AccessDeniedException;
import fr.aiguillage.shared.Limits;
import fr.aiguillage.shared.Text;
import fr.aiguillage.tenancy.Caller;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.tenancy.TenantScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * A département's reading of the CNAF's flow: who it follows ({@link CafScopeRule}, WebRSA's by
 * default) and, for a file whose elements are named otherwise (the MSA's), the names to read.
 * Coordinators and tenant administrators change them; every agent who imports reads them.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class CafFlowSettings {
  /** The rule and the element names as saved ({@code elementNames}: KEY=NAME lines, or empty). */
  public record Saved(String states, String state4Reasons, String elementNames) {}

  @PersistenceContext(unitName = "aiguillage")
  EntityManager em;

  @Inject CurrentCaller caller;

  public Saved get() {
    // every importer of the département reads it, the watched folder's and the exchange
    // platform's technical callers included
    caller.get().requireTenant();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT states, state4_reasons, element_names FROM caf_scope_rule")
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(r -> new Saved((String) r[0], r[1] == null ? "" : (String) r[1], (String) r[2]))
        .orElse(
            new Saved(CafScopeRule.WEBRSA.statesText(), CafScopeRule.WEBRSA.reasonsText(), null));
  }

  CafScopeRule rule() {
    Saved s = get();
    return CafScopeRule.parse(s.states(), s.state4Reasons());
  }

  FlowNames names() {
    String text = get().elementNames();
    return text == null || text.isBlank()
        ? FlowNames.caf()
        : FlowNames.caf().with(FlowNames.parse(text));
  }

  /** Checks and saves both; a wrong value is refused on its field, nothing saved. */
  public Saved save(String states, String state4Reasons, String elementNames) {
    Caller c = caller.get();
    c.requireDepartementStaff("Les règles d'import sont celles du département.");
    if (!c.hasRole(Roles.COORDINATOR) && !c.hasRole(Roles.TENANT_ADMIN)) {
      throw new AccessDeniedException(
          "Seuls les coordinateurs et les administrateurs changent la lecture du flux de la CAF.");
    }
    CafScopeRule rule = CafScopeRule.parse(states, state4Reasons);
    String names = Text.blankToNull(elementNames);
    if (names != null) {
      Limits.checkText("elementNames", names, 4000);
      FlowNames.caf().with(FlowNames.parse(names));
    }
    em.createNativeQuery(
            "INSERT INTO caf_scope_rule (tenant_id, states, state4_reasons, element_names,"
                + " updated_at, updated_by) VALUES (current_setting('app.tenant_id'), ?1, ?2, ?3,"
                + " now(), ?4) ON CONFLICT (tenant_id) DO UPDATE SET states = excluded.states,"
                + " state4_reasons = excluded.state4_reasons,"
                + " element_names = excluded.element_names, updated_at = excluded.updated_at,"
                + " updated_by = excluded.updated_by")
        .setParameter(1, rule.statesText())
        .setParameter(2, rule.reasonsText().isEmpty() ? null : rule.reasonsText())
        .setParameter(3, names)
        .setParameter(4, c.username())
        .executeUpdate();
    return new Saved(rule.statesText(), rule.reasonsText(), names);
  }
}
