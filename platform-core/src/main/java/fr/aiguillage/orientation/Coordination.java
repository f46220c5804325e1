package fr.aiguillage.orientation;

import fr.aiguillage.audit.AuditAction;
import fr.aiguillage.audit.AuditLog;
import fr.aiguillage.directory.Referent;
import fr.aiguillage.directory.Structure;
import fr.aiguillage.directory.StructureRepository;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Tenant;
import fr.aiguillage.tenancy.TenantRepository;
import fr.aiguillage.tenancy.TenantScoped;
import fr.aiguillage.tenancy.Territory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a coordinator watches: per territory, how many people wait for an orientation and how many
 * beyond the tenant's target; the referrals that expired without an answer (escalated); and the
 * referents' caseloads per territory.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class Coordination {
  /** Label of the people and referents who have no territory. */
  public static final String NO_TERRITORY = "Sans territoire";

  @Inject OrientationRepository orientations;
  @Inject StructureRepository structures;
  @Inject TenantRepository tenants;
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** The waiting people per territory (territories without anyone waiting are listed too). */
  public List<TerritoryBacklog> backlog() {
    Tenant t = tenant();
    LocalDate today = LocalDate.ofInstant(clock.instant(), OrientationFiles.PARIS);
    LocalDate limit = today.minusDays(t.orientationTargetDays());
    Map<UUID, OrientationRepository.BacklogRow> rows =
        orientations.backlog(limit).stream()
            .collect(
                Collectors.toMap(
                    r -> r.territoryId() == null ? NONE : r.territoryId(), Function.identity()));
    List<TerritoryBacklog> out = new ArrayList<>();
    for (Territory territory : tenants.territories()) {
      OrientationRepository.BacklogRow r = rows.remove(territory.id());
      out.add(TerritoryBacklog.of(territory.id(), territory.name(), r, today));
    }
    OrientationRepository.BacklogRow none = rows.remove(NONE);
    if (none != null) {
      out.add(TerritoryBacklog.of(null, NO_TERRITORY, none, today));
    }
    return out;
  }

  /** Referrals that got no answer in time and wait for a new decision, the oldest first. */
  public List<EscalatedReferral> escalated() {
    tenant();
    Map<UUID, String> names =
        structures.ofTenant(caller.get().requireTenant().value()).stream()
            .collect(Collectors.toMap(Structure::id, Structure::name));
    List<EscalatedReferral> out =
        orientations.escalated().stream()
            .map(
                e ->
                    new EscalatedReferral(
                        e.referral().id(),
                        e.orientation().id(),
                        e.beneficiary().id(),
                        e.beneficiary().lastName(),
                        e.beneficiary().firstNames(),
                        e.beneficiary().territoryId(),
                        e.referral().structureId(),
                        names.getOrDefault(e.referral().structureId(), "Structure inconnue"),
                        e.referral().sentAt(),
                        e.referral().dueAt(),
                        e.referral().escalatedAt().orElse(e.referral().dueAt())))
            .toList();
    if (!out.isEmpty()) {
      audit.record(AuditAction.LIST, OrientationJournal.SUBJECT, null, "orientations sans réponse");
    }
    return out;
  }

  /** Each territory's referents with their caseload, the most loaded first. */
  public List<TerritoryCaseload> caseloads() {
    tenant();
    Map<UUID, String> structureNames =
        structures.ofTenant(caller.get().requireTenant().value()).stream()
            .collect(Collectors.toMap(Structure::id, Structure::name));
    Map<UUID, List<Referent>> byTerritory = new LinkedHashMap<>();
    for (Referent r : structures.referents()) {
      byTerritory
          .computeIfAbsent(r.territoryId() == null ? NONE : r.territoryId(), k -> new ArrayList<>())
          .add(r);
    }
    List<TerritoryCaseload> out = new ArrayList<>();
    for (Territory territory : tenants.territories()) {
      out.add(
          caseload(
              territory.id(),
              territory.name(),
              byTerritory.remove(territory.id()),
              structureNames));
    }
    List<Referent> none = byTerritory.remove(NONE);
    if (none != null) {
      out.add(caseload(null, NO_TERRITORY, none, structureNames));
    }
    return out;
  }

  private static TerritoryCaseload caseload(
      UUID id, String name, List<Referent> referents, Map<UUID, String> structureNames) {
    List<TerritoryCaseload.ReferentLoad> loads =
        (referents == null ? List.<Referent>of() : referents)
            .stream()
                .map(
                    r ->
                        new TerritoryCaseload.ReferentLoad(
                            r.id(),
                            r.name(),
                            structureNames.getOrDefault(r.structureId(), ""),
                            r.currentCaseload(),
                            r.maxCaseload()))
                .sorted(
                    Comparator.comparingDouble(TerritoryCaseload.ReferentLoad::ratio)
                        .reversed()
                        .thenComparing(TerritoryCaseload.ReferentLoad::name))
                .toList();
    return new TerritoryCaseload(
        id,
        name,
        loads.stream().mapToInt(TerritoryCaseload.ReferentLoad::current).sum(),
        loads.stream().mapToInt(TerritoryCaseload.ReferentLoad::max).sum(),
        loads);
  }

  private Tenant tenant() {
    var c = caller.get();
    c.requireDepartementStaff("Le suivi des délais est réservé aux agents du département.");
    return tenants.require(c.requireTenant());
  }

  /** Stands for "no territory" in maps keyed by territory. */
  private static final UUID NONE = new UUID(0, 0);

  /** Waiting people of one territory. */
  public record TerritoryBacklog(
      UUID territoryId,
      String territoryName,
      long waiting,
      long overdue,
      long expired,
      long oldestWaitingDays) {
    static TerritoryBacklog of(
        UUID id, String name, OrientationRepository.BacklogRow r, LocalDate today) {
      if (r == null) {
        return new TerritoryBacklog(id, name, 0, 0, 0, 0);
      }
      long oldest = r.oldestStart() == null ? 0 : ChronoUnit.DAYS.between(r.oldestStart(), today);
      return new TerritoryBacklog(id, name, r.waiting(), r.overdue(), r.expired(), oldest);
    }
  }

  /** A referral that expired without an answer: the coordinator has the person re-decided. */
  public record EscalatedReferral(
      UUID referralId,
      UUID orientationId,
      UUID beneficiaryId,
      String lastName,
      String firstNames,
      UUID territoryId,
      UUID structureId,
      String structureName,
      java.time.Instant sentAt,
      java.time.Instant dueAt,
      java.time.Instant escalatedAt) {}

  /** The referents of one territory and their caseloads. */
  public record TerritoryCaseload(
      UUID territoryId, String territoryName, int current, int max, List<ReferentLoad> referents) {
    public record ReferentLoad(UUID id, String name, String structureName, int current, int max) {
      /** Share of the maximum in use (1 when full or beyond). */
      public double ratio() {
        return max <= 0 ? 1 : Objects.requireNonNullElse(current, 0) / (double) max;
      }
    }
  }
}
