package fr.aiguillage.contract;

import fr.aiguillage.notification.ContractDue;
import fr.aiguillage.tenancy.Periodic;
import fr.aiguillage.tenancy.TenantScoped;
import fr.aiguillage.tenancy.TenantSweep;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The reminder before a contract's deadline (issue 13 item 6): every hour, in each département, the
 * people whose contract is not signed nor waiting for signatures, from the reminder day ({@value
 * ContractDeadline.Policy#DEFAULT_REMINDER_DAYS} days before it) to the deadline, and not yet
 * reminded since their latest notification, are told once to the body they are oriented to. Rows
 * are taken with {@code FOR UPDATE SKIP LOCKED}: two replicas never remind the same person twice.
 */
@ApplicationScoped
public class ContractReminders {
  static final String SYSTEM = "minuteur";
  static final int BATCH = 200;
  private static final Logger LOG = Logger.getLogger(ContractReminders.class.getName());

  private static final String QUERY =
      "SELECT o.id, o.beneficiary_id, s.name, s.email, n.notified, "
          + ContractQueues.DUE
          + """
           AS due
            FROM orientation o
            JOIN tenant t ON t.code = o.tenant_id
            LEFT JOIN structure s ON s.tenant_id = o.tenant_id AND s.id = o.structure_id
          """
          + ContractQueues.NOTIFIED
          + " WHERE o.tenant_id = ?1 AND "
          + ContractQueues.ORIENTED
          + " AND CAST(?2 AS date) BETWEEN "
          + ContractQueues.DUE
          + " - ?3 AND "
          + ContractQueues.DUE
          + " AND "
          + ContractQueues.NONE_SIGNED
          + """
             AND NOT EXISTS (SELECT 1 FROM notification r
                              WHERE r.tenant_id = o.tenant_id AND r.orientation_id = o.id
                                AND r.kind = 'CONTRACT_DUE'
                                AND (r.created_at AT TIME ZONE 'Europe/Paris')::date >= n.notified)
           ORDER BY o.id
           LIMIT ?4
             FOR UPDATE OF o SKIP LOCKED
          """;

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject TenantSweep sweep;
  @Inject Batch batch;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "aiguillage.contract.timer-interval-s", defaultValue = "3600")
  long intervalSeconds;

  private ScheduledFuture<?> task;

  void start(@Observes @Priority(310) @Initialized(ApplicationScoped.class) Object ignored) {
    task = Periodic.every(scheduler, intervalSeconds, () -> runAll(clock.instant()), LOG);
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  /** Reminds, in every département, the contracts due as of {@code now}; returns how many. */
  public int runAll(Instant now) {
    LocalDate today = LocalDate.ofInstant(now, ContractWork.PARIS);
    return sweep.inEachTenant(SYSTEM, BATCH, () -> batch.remind(today));
  }

  /** One département's batch, in its own transaction. */
  @ApplicationScoped
  @Transactional
  @TenantScoped
  public static class Batch {
    @PersistenceContext(unitName = "aiguillage")
    EntityManager em;

    @Inject fr.aiguillage.tenancy.CurrentCaller caller;
    @Inject Event<ContractDue> due;

    /**
     * Fires the reminders of one batch; returns fewer than a batch, always: a person whose body has
     * no address (and the département no coordination address) stays due, and must not make the
     * sweep loop. At most {@value #BATCH} a département each hour.
     */
    public int remind(LocalDate today) {
      @SuppressWarnings("unchecked")
      List<Object[]> rows =
          em.createNativeQuery(QUERY)
              .setParameter(1, caller.get().requireTenant().value())
              .setParameter(2, Date.valueOf(today))
              .setParameter(3, ContractDeadline.Policy.DEFAULT_REMINDER_DAYS)
              .setParameter(4, BATCH)
              .getResultList();
      for (Object[] r : rows) {
        due.fire(
            new ContractDue(
                UUID.fromString(r[0].toString()),
                UUID.fromString(r[1].toString()),
                (String) r[2],
                (String) r[3],
                ((Date) r[4]).toLocalDate(),
                ((Date) r[5]).toLocalDate()));
      }
      em.flush();
      return Math.min(rows.size(), BATCH - 1);
    }
  }
}
