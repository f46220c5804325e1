package fr.aiguillage.e2e.api;

import static fr.aiguillage.e2e.support.Http.get;
import static fr.aiguillage.e2e.support.Http.post;
import static fr.aiguillage.e2e.support.Http.put;
import static fr.aiguillage.e2e.support.Http.token;
import static fr.aiguillage.e2e.support.Scenarios.partnerStructures;
import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguillage.e2e.support.Http;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The directory: lists, data·inclusion export, all-or-nothing import with a row-by-row report. */
class DirectoryApiIT {
  static final String STRUCTURES = "/api/v1/structures";

  /** A SIRET with a valid Luhn key, from 13 digits. */
  static String siret(String first13) {
    for (int key = 0; key < 10; key++) {
      String candidate = first13 + key;
      int sum = 0;
      for (int i = 0; i < 14; i++) {
        int d = candidate.charAt(13 - i) - '0';
        if (i % 2 == 1) {
          d = d * 2 > 9 ? d * 2 - 9 : d * 2;
        }
        sum += d;
      }
      if (sum % 10 == 0) {
        return candidate;
      }
    }
    throw new IllegalStateException();
  }

  static String structure(String siret, String nom, String insee, String postal) {
    return """
        {"siret": "%s", "nom": "%s", "typologie": "ASSO", "adresse": "2 rue du Moulin", "code_postal": "%s",
         "code_insee": "%s", "telephone": "03 24 11 22 33", "courriel": "contact@asso.example",
         "thematiques": ["mobilite", "numerique"], "parcours": ["social", "global"], "capacite": 30, "territoire": "SEDAN"}
        """
        .formatted(siret, nom, postal, insee);
  }

  @Test
  void theDirectoryListsStructuresWithTheirReferentsInItsDepartementOnly() {
    List<JsonObject> ardennes =
        get(STRUCTURES, token("agent-08")).json().asJsonArray().getValuesAs(JsonObject.class);
    assertThat(ardennes)
        .extracting(s -> s.getString("name"))
        .contains("PLIE des Ardennes")
        .doesNotContain("France Travail Lille Centre");
    assertThat(ardennes)
        .filteredOn(s -> s.getString("name").equals("France Travail Charleville-Mézières"))
        .singleElement()
        .satisfies(s -> assertThat(s.getJsonArray("referents")).hasSize(2));
    assertThat(
            get(STRUCTURES, token("agent-59")).json().asJsonArray().getValuesAs(JsonObject.class))
        .extracting(s -> s.getString("name"))
        .doesNotContain("PLIE des Ardennes");
    assertThat(get(STRUCTURES, token("plie-08")).status()).isEqualTo(403);
  }

  @Test
  void exportsTheDataInclusionSchemaInJsonAndCsv() {
    List<JsonObject> json =
        get(STRUCTURES + "/export", token("agent-08"))
            .json()
            .asJsonArray()
            .getValuesAs(JsonObject.class);
    assertThat(json)
        .filteredOn(s -> s.getString("nom").equals("PLIE des Ardennes"))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.getString("typologie")).isEqualTo("PLIE");
              assertThat(s.getJsonArray("parcours").getString(0)).isEqualTo("PROFESSIONAL");
              assertThat(s.getString("territoire")).isEqualTo("NORD");
            });
    Http.Response csv = get(STRUCTURES + "/export?format=csv", token("agent-08"));
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.body())
        .startsWith("\uFEFFid;siret;nom;typologie;")
        .contains("PLIE des Ardennes;PLIE;");
  }

  @Test
  void aFileIsImportedWholeOrNotAtAllAndTwiceChangesNothing() {
    int before = get(STRUCTURES, token("admin-08")).json().asJsonArray().size();
    String good =
        "["
            + structure(siret("4423001100001"), "Les Ateliers du Sedanais", "08409", "08200")
            + ","
            + structure(siret("4423001100002"), "Relais Mobilité Carignan", "08090", "08110")
            + "]";

    String bad =
        "["
            + structure("12345678901234", "Mauvais SIRET", "08409", "08200")
            + ","
            + structure(siret("4423001100003"), "Commune inconnue", "08999", "08200")
            + ","
            + structure(siret("4423001100004"), "Doublon", "08409", "08200")
            + ","
            + structure(siret("4423001100005"), "Doublon", "08409", "08200")
            + ","
            + structure(siret("4423001100006"), "Mauvais département", "59350", "08200")
            + "]";
    Http.Response refused = post(STRUCTURES + "/import", token("admin-08"), bad);
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.json().asJsonObject().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .containsExactlyInAnyOrder(
            "ligne 1.siret", "ligne 2.code_insee", "ligne 4.nom", "ligne 5.code_insee");
    assertThat(
            refused
                .json()
                .asJsonObject()
                .getJsonArray("errors")
                .getJsonObject(0)
                .getString("message"))
        .startsWith("Ligne 1, colonne « siret »");
    Http.Response noColumn =
        post(STRUCTURES + "/import", token("admin-08"), "[{\"nom\": \"Sans colonnes\"}]");
    assertThat(noColumn.status()).isEqualTo(400);
    assertThat(noColumn.json().asJsonObject().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .contains("en-tête.typologie", "en-tête.code_insee", "en-tête.parcours");
    assertThat(get(STRUCTURES, token("admin-08")).json().asJsonArray())
        .as("nothing half-saved")
        .hasSize(before);

    assertThat(post(STRUCTURES + "/import", token("agent-08"), good).status())
        .as("agents read, admins import")
        .isEqualTo(403);
    JsonObject first = post(STRUCTURES + "/import", token("admin-08"), good).json().asJsonObject();
    assertThat(first.getInt("created")).isEqualTo(2);
    JsonObject again = post(STRUCTURES + "/import", token("admin-08"), good).json().asJsonObject();
    assertThat(again.getInt("created")).isZero();
    assertThat(again.getInt("updated")).isEqualTo(2);
    assertThat(get(STRUCTURES, token("admin-08")).json().asJsonArray()).hasSize(before + 2);
    assertThat(
            get(STRUCTURES, token("agent-59")).json().asJsonArray().getValuesAs(JsonObject.class))
        .extracting(s -> s.getString("name"))
        .doesNotContain("Les Ateliers du Sedanais");

    String csv =
        "\uFEFFsiret;nom;typologie;code_postal;code_insee;parcours;capacite;territoire\n"
            + siret("4423001100007")
            + ";Épicerie solidaire de Givet;ASSO;08600;08190;social;12;NORD\n";
    Http.Response csvImport =
        Http.send(
            HttpRequest.newBuilder(URI.create(Http.app() + STRUCTURES + "/import"))
                .header("Authorization", "Bearer " + token("admin-08"))
                .header("Content-Type", "text/csv; charset=UTF-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(csv)));
    assertThat(csvImport.status()).as(csvImport.toString()).isEqualTo(200);
    assertThat(csvImport.json().asJsonObject().getInt("created")).isEqualTo(1);
  }

  static String idOf(String token, String name) {
    return get(STRUCTURES, token).json().asJsonArray().getValuesAs(JsonObject.class).stream()
        .filter(s -> s.getString("name").equals(name))
        .findFirst()
        .orElseThrow()
        .getString("id");
  }

  @Test
  void anAdministratorEntrustsAStructureToAPartnerOrganisationInItsDepartementOnly() {
    String csv =
        "siret;nom;typologie;code_postal;code_insee;parcours;territoire\n"
            + siret("4423001100011")
            + ";Chantier d'insertion de Revin;ASSO;08500;08363;global;NORD\n";
    assertThat(
            Http.send(
                    HttpRequest.newBuilder(URI.create(Http.app() + STRUCTURES + "/import"))
                        .header("Authorization", "Bearer " + token("admin-08"))
                        .header("Content-Type", "text/csv")
                        .header("Accept", "application/json")
                        .POST(
                            HttpRequest.BodyPublishers.ofByteArray(
                                csv.getBytes(Charset.forName("windows-1252")))))
                .status())
        .as("a Windows-1252 file from Excel")
        .isEqualTo(200);
    String id = idOf(token("admin-08"), "Chantier d'insertion de Revin");
    assertThat(partnerStructures("plie-08")).doesNotContain("Chantier d'insertion de Revin");

    String body = "{\"organisation\": \"plie-ardennes\"}";
    assertThat(put(STRUCTURES + "/" + id + "/organisation", token("agent-08"), body).status())
        .as("agents read, admins entrust")
        .isEqualTo(403);
    Http.Response unknown =
        put(
            STRUCTURES + "/" + id + "/organisation",
            token("admin-08"),
            "{\"organisation\": \"inconnue\"}");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body()).contains("Organisation partenaire « inconnue » inconnue");

    Http.Response entrusted = put(STRUCTURES + "/" + id + "/organisation", token("admin-08"), body);
    assertThat(entrusted.status()).as(entrusted.toString()).isEqualTo(200);
    assertThat(entrusted.json().asJsonObject().getString("partnerOrganisation"))
        .isEqualTo("plie-ardennes");
    assertThat(partnerStructures("plie-08")).contains("Chantier d'insertion de Revin");
    assertThat(partnerStructures("ft-08-59")).doesNotContain("Chantier d'insertion de Revin");

    String lille = idOf(token("agent-59"), "France Travail Lille Centre");
    assertThat(put(STRUCTURES + "/" + lille + "/organisation", token("admin-08"), body).status())
        .as("another département's structure does not exist for this administrator")
        .isEqualTo(404);

    String unknownOwner =
        "["
            + structure(siret("4423001100012"), "Sans organisation", "08363", "08500")
                .replace(
                    "\"territoire\"", "\"organisation_partenaire\": \"personne\", \"territoire\"")
            + "]";
    Http.Response refused = post(STRUCTURES + "/import", token("admin-08"), unknownOwner);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("ligne 1.organisation_partenaire");

    String removal =
        "nom;typologie;code_postal;code_insee;parcours;organisation_partenaire\n"
            + "Chantier d'insertion de Revin;ASSO;08500;08363;global;\n";
    assertThat(
            Http.send(
                    HttpRequest.newBuilder(URI.create(Http.app() + STRUCTURES + "/import"))
                        .header("Authorization", "Bearer " + token("admin-08"))
                        .header("Content-Type", "text/csv")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(removal)))
                .status())
        .isEqualTo(200);
    assertThat(partnerStructures("plie-08"))
        .as("an empty organisation_partenaire column takes the structure back")
        .doesNotContain("Chantier d'insertion de Revin");
  }

  @Test
  void anAdministratorAddsAndCorrectsReferentsOfItsOwnStructures() {
    String plie = idOf(token("admin-08"), "PLIE des Ardennes");
    String body =
        """
        {"structureId": "%s", "firstName": "Inès", "lastName": "Garnier", "email": "ines.garnier@plie08.example",
         "pathways": ["PROFESSIONAL"], "maxCaseload": 45}
        """
            .formatted(plie);
    assertThat(post("/api/v1/referents", token("agent-08"), body).status()).isEqualTo(403);
    Http.Response created = post("/api/v1/referents", token("admin-08"), body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String id = created.json().asJsonObject().getString("id");
    assertThat(created.json().asJsonObject().getString("structureName"))
        .isEqualTo("PLIE des Ardennes");

    Http.Response duplicate = post("/api/v1/referents", token("admin-08"), body);
    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.body()).contains("ines.garnier@plie08.example");

    Http.Response bad =
        post(
            "/api/v1/referents",
            token("admin-08"),
            body.replace("PROFESSIONAL", "SOCIAL")
                .replace("ines.garnier", "x")
                .replace("\"Inès\"", "\"\""));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("\"field\":\"firstName\"", "ne prend pas le Parcours social");

    String lille = idOf(token("agent-59"), "France Travail Lille Centre");
    assertThat(
            post(
                    "/api/v1/referents",
                    token("admin-08"),
                    body.replace(plie, lille).replace("ines.", "autre."))
                .body())
        .as("another département's structure")
        .contains("n'est pas dans votre annuaire");

    Http.Response updated =
        put("/api/v1/referents/" + id, token("admin-08"), body.replace("45", "50"));
    assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
    assertThat(updated.json().asJsonObject().getInt("maxCaseload")).isEqualTo(50);
    assertThat(
            get("/api/v1/referents", token("agent-59"))
                .json()
                .asJsonArray()
                .getValuesAs(JsonObject.class))
        .extracting(r -> r.getString("email"))
        .doesNotContain("ines.garnier@plie08.example");
  }
}
