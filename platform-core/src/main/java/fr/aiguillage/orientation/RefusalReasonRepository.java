package fr.aiguillage.orientation;

import fr.aiguillage.orientation.PartnerReferrals.ReasonChoice;
import fr.aiguillage.orientation.PartnerReferrals.ReasonSetting;
import fr.aiguillage.orientation.PartnerReferrals.RefusalReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;

/**
 * The refusal reasons of the caller's partner organisation (under its policy), in its order; the
 * national list, all active, while the organisation has not set its own.
 */
@ApplicationScoped
public class RefusalReasonRepository {
  @PersistenceContext(unitName = "aiguillage")
  EntityManager em;

  /** The whole list, retired reasons included ({@code active} false). */
  public List<ReasonSetting> settings() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT code, label, active FROM partner_refusal_reason"
                    + " WHERE partner_org_id = current_setting('app.partner_org', true)"
                    + " ORDER BY position")
            .getResultList();
    if (rows.isEmpty()) {
      return Arrays.stream(RefusalReason.values())
          .map(x -> new ReasonSetting(x.name(), x.label(), true))
          .toList();
    }
    return rows.stream()
        .map(r -> new ReasonSetting((String) r[0], (String) r[1], (Boolean) r[2]))
        .toList();
  }

  /** The reasons a partner may choose today. */
  public List<ReasonChoice> inUse() {
    return choices(true);
  }

  /** A refusal's label: the organisation's (retired ones too), the national one, else the code. */
  public String label(String code) {
    return choices(false).stream()
        .filter(x -> x.code().equals(code))
        .map(ReasonChoice::label)
        .findFirst()
        .orElseGet(
            () ->
                Arrays.stream(RefusalReason.values())
                    .filter(x -> x.name().equals(code))
                    .map(RefusalReason::label)
                    .findFirst()
                    .orElse(code));
  }

  /**
   * Replaces the organisation's list with {@code list} (already checked), in its order; "AUTRE" is
   * added at the end if the list does not hold it.
   */
  public void replace(String partnerOrg, List<ReasonSetting> list) {
    em.createNativeQuery("DELETE FROM partner_refusal_reason").executeUpdate();
    int position = 0;
    boolean other = false;
    for (ReasonSetting x : list) {
      other |= x.code().strip().equals(RefusalReason.AUTRE.name());
      insert(
          partnerOrg,
          x.code().strip(),
          x.label().strip(),
          x.active() == null || x.active(),
          position++);
    }
    if (!other) {
      insert(partnerOrg, RefusalReason.AUTRE.name(), RefusalReason.AUTRE.label(), true, position);
    }
  }

  private List<ReasonChoice> choices(boolean activeOnly) {
    return settings().stream()
        .filter(x -> !activeOnly || x.active())
        .map(x -> new ReasonChoice(x.code(), x.label()))
        .toList();
  }

  private void insert(String org, String code, String label, boolean active, int position) {
    em.createNativeQuery(
            "INSERT INTO partner_refusal_reason (partner_org_id, code, label, active, position)"
                + " VALUES (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, org)
        .setParameter(2, code)
        .setParameter(3, label)
        .setParameter(4, active)
        .setParameter(5, position)
        .executeUpdate();
  }
}
