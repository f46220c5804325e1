package fr.aiguillage.directory;

import fr.aiguillage.shared.AccessDeniedException;
import fr.aiguillage.shared.Communes;
import fr.aiguillage.shared.Text;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.tenancy.TenantCode;
import fr.aiguillage.tenancy.TenantRepository;
import fr.aiguillage.tenancy.TenantScoped;
import fr.aiguillage.tenancy.Territory;
import fr.aiguillage.vocabulary.Pathway;
import fr.aiguillage.vocabulary.StructureKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Directory files in the data·inclusion structure schema (JSON or CSV, read into rows by the edge):
 * every row is checked and reported; if one is wrong nothing is saved; otherwise structures are
 * created or updated (matched by SIRET, else by name), so importing the same file twice changes
 * nothing the second time.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class DirectoryFiles {
  @PersistenceContext(unitName = "aiguillage")
  EntityManager em;

  @Inject StructureRepository structures;
  @Inject TenantRepository tenants;
  @Inject CurrentCaller caller;

  public ImportReport importRows(List<String> columns, List<Map<String, String>> rows) {
    TenantCode tenant =
        caller.get().requireDepartementStaff("L'annuaire est réservé aux agents du département.");
    if (!caller.get().hasRole(Roles.TENANT_ADMIN)) {
      throw new AccessDeniedException(
          "Seul un administrateur du département peut importer l'annuaire.");
    }
    List<DirectoryRow> errors = new ArrayList<>();
    for (String required : DataInclusion.REQUIRED) {
      if (!columns.contains(required)) {
        errors.add(
            new DirectoryRow(
                0, required, "La colonne « " + required + " » manque : elle est obligatoire."));
      }
    }
    if (!errors.isEmpty()) {
      return new ImportReport(rows.size(), 0, 0, errors);
    }
    Map<String, UUID> territories =
        tenants.territories().stream().collect(Collectors.toMap(Territory::code, Territory::id));
    Set<String> organisations =
        structures.partnerOrganisations().stream()
            .map(PartnerOrganisation::id)
            .collect(Collectors.toSet());
    boolean ownersGiven = columns.contains(DataInclusion.OWNER);
    Map<String, Integer> seenSiret = new HashMap<>();
    Map<String, Integer> seenName = new HashMap<>();
    List<Valid> valid = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      int row = i + 1;
      Map<String, String> r = rows.get(i);
      Valid v = check(row, r, territories, organisations, errors);
      if (v.siret != null) {
        Integer other = seenSiret.putIfAbsent(v.siret, row);
        if (other != null) {
          errors.add(
              new DirectoryRow(row, "siret", "SIRET en double : déjà à la ligne " + other + "."));
        }
      }
      if (v.name != null) {
        Integer other = seenName.putIfAbsent(v.name.toLowerCase(Locale.ROOT), row);
        if (other != null) {
          errors.add(
              new DirectoryRow(
                  row,
                  "nom",
                  "Structure en double : « " + v.name + " » est déjà à la ligne " + other + "."));
        }
      }
      valid.add(v);
    }
    if (!errors.isEmpty()) {
      return new ImportReport(rows.size(), 0, 0, errors);
    }
    List<Structure> existing = structures.ofTenant(tenant.value());
    int created = 0;
    int updated = 0;
    for (Valid v : valid) {
      Optional<Structure> match =
          existing.stream()
              .filter(
                  s ->
                      v.siret != null && v.siret.equals(s.siret())
                          || s.name().equalsIgnoreCase(v.name))
              .findFirst();
      Structure s = match.orElseGet(() -> Structure.create(UUID.randomUUID(), tenant.value()));
      s.describe(
          v.name,
          v.kind,
          v.siret,
          v.address,
          v.postalCode,
          v.insee,
          v.phone,
          v.email,
          v.hours,
          v.thematiques,
          v.pathways,
          v.capacity,
          v.territory);
      if (ownersGiven) {
        s.assignTo(v.owner);
      }
      if (match.isPresent()) {
        updated++;
      } else {
        em.persist(s);
        created++;
      }
    }
    em.flush();
    return new ImportReport(rows.size(), created, updated, List.of());
  }

  /**
   * The département's directory in the data·inclusion schema (one map per structure, schema order).
   */
  public List<Map<String, Object>> export() {
    TenantCode tenant =
        caller.get().requireDepartementStaff("L'annuaire est réservé aux agents du département.");
    Map<UUID, String> territoryCodes =
        tenants.territories().stream().collect(Collectors.toMap(Territory::id, Territory::code));
    return structures.ofTenant(tenant.value()).stream()
        .map(
            s -> {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("id", s.id().toString());
              m.put("siret", s.siret());
              m.put("nom", s.name());
              m.put("typologie", DataInclusion.typologie(s.kind()));
              m.put("adresse", s.addressLine());
              m.put("code_postal", s.postalCode());
              m.put("code_insee", s.communeInsee());
              m.put("telephone", s.phone());
              m.put("courriel", s.email());
              m.put("horaires_ouverture", s.openingHours());
              m.put(
                  "thematiques",
                  s.thematiques().isBlank() ? List.of() : List.of(s.thematiques().split(",")));
              m.put("parcours", s.pathwayCodes());
              m.put("capacite", s.capacity());
              m.put(
                  "territoire",
                  s.territoryId() == null ? null : territoryCodes.get(s.territoryId()));
              m.put(DataInclusion.OWNER, s.partnerOrgId());
              return m;
            })
        .toList();
  }

  private record Valid(
      String name,
      StructureKind kind,
      String siret,
      String address,
      String postalCode,
      String insee,
      String phone,
      String email,
      String hours,
      String thematiques,
      String pathways,
      Integer capacity,
      UUID territory,
      String owner) {}

  private static Valid check(
      int row,
      Map<String, String> r,
      Map<String, UUID> territories,
      Set<String> organisations,
      List<DirectoryRow> errors) {
    String name = Text.blankToNull(r.get("nom"));
    if (name == null) {
      errors.add(new DirectoryRow(row, "nom", "Le nom de la structure est vide."));
    } else if (name.length() > 200) {
      errors.add(new DirectoryRow(row, "nom", "Le nom dépasse 200 caractères."));
    }
    String typologie = Text.blankToNull(r.get("typologie"));
    Optional<StructureKind> kind = DataInclusion.kind(typologie);
    if (kind.isEmpty()) {
      errors.add(
          new DirectoryRow(
              row,
              "typologie",
              "Typologie « "
                  + (typologie == null ? "" : typologie)
                  + " » inconnue (attendu : FT, PLIE, ML, CAP_EMPLOI, CCAS, CIAS, ASSO ou DEPT)."));
    }
    String siret = Text.blankToNull(r.get("siret"));
    if (siret != null) {
      siret = siret.replaceAll("\\s", "");
      if (!Siret.valid(siret)) {
        errors.add(
            new DirectoryRow(
                row,
                "siret",
                "SIRET « " + siret + " » invalide : 14 chiffres dont une clé de contrôle (Luhn)."));
      }
    }
    String insee = Text.blankToNull(r.get("code_insee"));
    String postal = Text.blankToNull(r.get("code_postal"));
    if (postal != null && !postal.matches("[0-9]{5}")) {
      errors.add(new DirectoryRow(row, "code_postal", "Le code postal doit comporter 5 chiffres."));
      postal = null;
    }
    Communes.problem(insee, postal)
        .ifPresent(problem -> errors.add(new DirectoryRow(row, "code_insee", problem)));
    List<String> pathways = new ArrayList<>();
    String rawPathways = Text.blankToNull(r.get("parcours"));
    if (rawPathways == null) {
      errors.add(
          new DirectoryRow(
              row, "parcours", "Indiquez au moins un parcours (emploi, global, social)."));
    } else {
      for (String p : rawPathways.split("[,;|]")) {
        Optional<Pathway> pathway = pathway(p.strip());
        if (pathway.isEmpty()) {
          errors.add(
              new DirectoryRow(
                  row,
                  "parcours",
                  "Parcours « " + p.strip() + " » inconnu (emploi, global ou social)."));
        } else if (!pathways.contains(pathway.get().name())) {
          pathways.add(pathway.get().name());
        }
      }
    }
    Integer capacity = null;
    String rawCapacity = Text.blankToNull(r.get("capacite"));
    if (rawCapacity != null) {
      try {
        capacity = Integer.parseInt(rawCapacity);
        if (capacity < 0) {
          throw new NumberFormatException();
        }
      } catch (NumberFormatException e) {
        errors.add(
            new DirectoryRow(row, "capacite", "La capacité doit être un nombre entier positif."));
      }
    }
    UUID territory = null;
    String rawTerritory = Text.blankToNull(r.get("territoire"));
    if (rawTerritory != null) {
      territory = territories.get(rawTerritory);
      if (territory == null) {
        errors.add(
            new DirectoryRow(
                row,
                "territoire",
                "Territoire « " + rawTerritory + " » inconnu dans votre département."));
      }
    }
    String email = Text.blankToNull(r.get("courriel"));
    if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      errors.add(new DirectoryRow(row, "courriel", "Adresse électronique invalide."));
    }
    String phone = Text.blankToNull(r.get("telephone"));
    if (phone != null) {
      phone = phone.replaceAll("[\\s.-]", "");
      if (!phone.matches("(?:\\+33|0)[1-9][0-9]{8}")) {
        errors.add(
            new DirectoryRow(
                row, "telephone", "Téléphone invalide : 10 chiffres (ex. 03 24 00 00 00)."));
      }
    }
    return new Valid(
        name,
        kind.orElse(null),
        siret,
        Text.blankToNull(r.get("adresse")),
        postal,
        insee == null ? null : insee.toUpperCase(),
        phone,
        email,
        Text.blankToNull(r.get("horaires_ouverture")),
        Text.blankToNull(r.get("thematiques")),
        String.join(",", pathways),
        capacity,
        territory,
        owner(row, r, organisations, errors));
  }

  private static String owner(
      int row, Map<String, String> r, Set<String> organisations, List<DirectoryRow> errors) {
    String owner = Text.blankToNull(r.get(DataInclusion.OWNER));
    if (owner != null && !organisations.contains(owner)) {
      errors.add(
          new DirectoryRow(
              row,
              DataInclusion.OWNER,
              "Organisation partenaire « " + owner + " » inconnue de la plateforme."));
    }
    return owner;
  }

  private static Optional<Pathway> pathway(String raw) {
    String v = Text.searchKey(raw);
    return switch (v) {
      case "professional", "emploi", "professionnel" -> Optional.of(Pathway.PROFESSIONAL);
      case "socio professional", "global", "socio professionnel" ->
          Optional.of(Pathway.SOCIO_PROFESSIONAL);
      case "social", "remobilisation" -> Optional.of(Pathway.SOCIAL);
      default -> Optional.empty();
    };
  }
}
