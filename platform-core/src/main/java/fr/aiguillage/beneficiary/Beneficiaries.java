package fr.aiguillage.beneficiary;

import fr.aiguillage.audit.AuditAction;
import fr.aiguillage.audit.AuditLog;
import fr.aiguillage.events.DomainEvent;
import fr.aiguillage.events.EventPublisher;
import fr.aiguillage.shared.AccessDeniedException;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.NotFoundException;
import fr.aiguillage.shared.Page;
import fr.aiguillage.shared.PageRequest;
import fr.aiguillage.tenancy.Caller;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.tenancy.TenantCode;
import fr.aiguillage.tenancy.TenantRepository;
import fr.aiguillage.tenancy.TenantScoped;
import fr.aiguillage.tenancy.Territory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Registers, corrects, finds and shows beneficiaries of the caller's département. Each method is
 * one transaction, scoped to the caller's tenant, audited.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class Beneficiaries {
  static final String SUBJECT = "beneficiary";

  @Inject BeneficiaryRepository repository;
  @Inject TenantRepository tenants;
  @Inject NirProtector nirProtector;
  @Inject EventPublisher events;
  @Inject jakarta.enterprise.event.Event<BeneficiaryChanged> changes;
  @Inject AuditLog audit;
  @Inject CurrentCaller currentCaller;
  @Inject Clock clock;

  /** Lists say "more than 10 000" rather than count a whole département on every page. */
  public static final int COUNT_CAP = 10_000;

  public Page<BeneficiarySummary> search(BeneficiarySearch search, PageRequest page) {
    TenantCode tenant = staff();
    Map<UUID, String> territories = territoryNames();
    List<BeneficiarySummary> items =
        repository.search(search, page).stream().map(b -> summary(b, territories)).toList();
    long counted = repository.countUpTo(search, tenant.value(), COUNT_CAP + 1);
    audit.record(AuditAction.LIST, SUBJECT, null, describe(search, page, items.size()));
    return new Page<>(
        items, page.page(), page.size(), Math.min(counted, COUNT_CAP), counted > COUNT_CAP);
  }

  /**
   * How many people match, up to {@link #COUNT_CAP} + 1 (more means "more than the cap"): a number,
   * not a read of their files, so it is not audited.
   */
  public long count(BeneficiarySearch search) {
    return repository.countUpTo(search, staff().value(), COUNT_CAP + 1);
  }

  public BeneficiaryFile get(UUID id) {
    staff();
    Beneficiary b = load(id);
    audit.record(AuditAction.READ, SUBJECT, id, null);
    return file(b);
  }

  public BeneficiaryFile register(BeneficiaryDraft draft) {
    TenantCode tenant = staff();
    BeneficiaryDetails details = BeneficiaryDetails.validate(draft, tenant, today());
    checkTerritory(details.territoryId());
    Optional<ProtectedNir> nir = details.nir().map(nirProtector::protect);
    nir.flatMap(n -> repository.findByNirHash(n.hash()))
        .ifPresent(
            existing -> {
              throw new ConflictException(
                  "nir", "Une personne avec ce NIR est déjà suivie par le département.");
            });
    repository
        .findByCafIdentity(details.cafNumber(), details.householdRole(), details.birthDate())
        .ifPresent(
            existing -> {
              throw new ConflictException(
                  "cafNumber",
                  "Une personne avec ce numéro allocataire et ce rôle dans le foyer (et cette date de naissance, ou sans date connue) existe déjà.");
            });
    Beneficiary b =
        Beneficiary.register(UUID.randomUUID(), details, nir.orElse(null), clock.instant());
    repository.add(b);
    repository.flush();
    audit.record(AuditAction.CREATE, SUBJECT, b.id(), null);
    events.publish(event(BeneficiaryChanged.CREATED, b, tenant));
    changes.fire(BeneficiaryChanged.of(b, tenant.value()));
    return file(b);
  }

  public BeneficiaryFile correct(UUID id, long expectedVersion, BeneficiaryDraft draft) {
    TenantCode tenant = staff();
    Beneficiary b = load(id);
    if (b.version() != expectedVersion) {
      throw new ConflictException(
          "version",
          "Ce dossier a été modifié entre-temps par quelqu'un d'autre : rechargez-le avant de le corriger.");
    }
    BeneficiaryDetails details = BeneficiaryDetails.validate(draft, tenant, today());
    checkTerritory(details.territoryId());
    ProtectedNir nir = keptOrNewNir(b, details);
    if (nir != null) {
      repository
          .findByNirHash(nir.hash())
          .filter(other -> !other.id().equals(id))
          .ifPresent(
              other -> {
                throw new ConflictException(
                    "nir", "Ce NIR est déjà celui d'une autre personne suivie par le département.");
              });
    }
    repository
        .findByCafIdentity(details.cafNumber(), details.householdRole(), details.birthDate())
        .filter(other -> !other.id().equals(id))
        .ifPresent(
            other -> {
              throw new ConflictException(
                  "cafNumber",
                  "Une autre personne a déjà ce numéro allocataire et ce rôle (et cette date de naissance, ou sans date connue).");
            });
    b.correct(details, nir, clock.instant());
    repository.flush();
    audit.record(AuditAction.UPDATE, SUBJECT, id, null);
    events.publish(event(BeneficiaryChanged.UPDATED, b, tenant));
    changes.fire(BeneficiaryChanged.of(b, tenant.value()));
    return file(b);
  }

  public List<Territory> territories() {
    staff();
    return tenants.territories();
  }

  /** A blank NIR in a correction keeps the one on file; a new one replaces it. */
  private ProtectedNir keptOrNewNir(Beneficiary b, BeneficiaryDetails details) {
    if (details.nir().isPresent()) {
      return nirProtector.protect(details.nir().get());
    }
    return b.nirCipher() == null ? null : nirProtector.protect(nirProtector.reveal(b.nirCipher()));
  }

  private TenantCode staff() {
    Caller c = currentCaller.get();
    TenantCode tenant = c.requireTenant();
    if (Roles.DEPARTEMENT_STAFF.stream().noneMatch(c::hasRole)) {
      throw new AccessDeniedException(
          "Les dossiers des personnes sont réservés aux agents du département.");
    }
    return tenant;
  }

  private Beneficiary load(UUID id) {
    return repository.find(id).orElseThrow(() -> new NotFoundException("Dossier"));
  }

  private void checkTerritory(UUID territoryId) {
    if (territoryId != null && tenants.territory(territoryId).isEmpty()) {
      throw new InvalidInputException(
          "territoryId", "Ce territoire n'existe pas dans votre département.");
    }
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private DomainEvent event(String type, Beneficiary b, TenantCode tenant) {
    return DomainEvent.of(
        type,
        SUBJECT,
        b.id(),
        tenant.value(),
        clock.instant(),
        BeneficiaryChanged.of(b, tenant.value()));
  }

  private Map<UUID, String> territoryNames() {
    return tenants.territories().stream().collect(Collectors.toMap(Territory::id, Territory::name));
  }

  private static BeneficiarySummary summary(Beneficiary b, Map<UUID, String> territories) {
    return new BeneficiarySummary(
        b.id(),
        b.lastName(),
        b.firstNames(),
        b.birthDate(),
        b.cafNumber().value(),
        b.householdRole(),
        b.address().communeName(),
        territories.get(b.territoryId()),
        b.rsaClaimDate(),
        b.rightsAndDutiesStart(),
        b.status());
  }

  private BeneficiaryFile file(Beneficiary b) {
    String nirMasked = b.nirCipher() == null ? null : nirProtector.reveal(b.nirCipher()).masked();
    Address a = b.address();
    String territoryName =
        b.territoryId() == null
            ? null
            : tenants.territory(b.territoryId()).map(Territory::name).orElse(null);
    return new BeneficiaryFile(
        b.id(),
        b.version(),
        b.civility(),
        b.lastName(),
        b.birthName(),
        b.firstNames(),
        b.birthDate(),
        b.cafNumber().value(),
        b.householdRole(),
        nirMasked,
        b.email(),
        b.phone(),
        a.line(),
        a.complement(),
        a.postalCode(),
        a.communeName(),
        a.communeInsee(),
        b.territoryId(),
        territoryName,
        b.rsaClaimDate(),
        b.rightsAndDutiesStart(),
        b.status(),
        b.createdAt(),
        b.updatedAt(),
        b.listedOn(),
        b.birthMonth(),
        BeneficiaryFile.Right.of(b.right()));
  }

  private static String describe(BeneficiarySearch s, PageRequest p, int returned) {
    return "filtres=" + s + " page=" + p.page() + " taille=" + p.size() + " lignes=" + returned;
  }
}
