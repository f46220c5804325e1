package fr.aiguillage.e2e.support;

import static fr.aiguillage.e2e.support.Http.get;
import static fr.aiguillage.e2e.support.Http.post;
import static fr.aiguillage.e2e.support.Http.put;
import static fr.aiguillage.e2e.support.Http.token;
import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguillage.questionnaire.NationalQuestionnaire;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The set-ups several end-to-end tests start from, built through the API as an agent or a partner
 * would (or, where the API has no such door, as a test set-up in the database), and what the test
 * stack seeded. A test builds its own situation from these, never from another test's helpers.
 */
public final class Scenarios {
  private Scenarios() {}

  /** Communes of the Nord's seeded people: none of them may show on the Ardennes' side. */
  public static final List<String> NORD_COMMUNES =
      List.of(
          "Lille",
          "Roubaix",
          "Tourcoing",
          "Dunkerque",
          "Grande-Synthe",
          "Valenciennes",
          "Maubeuge",
          "Douai",
          "Cambrai");

  /** The national refusal reasons, as an organisation's admin would set them back. */
  public static final String NATIONAL_REASONS =
      "[{\"code\": \"PUBLIC_NON_CONCERNE\", \"label\": \"La personne ne relève pas du public que nous accompagnons\"},"
          + " {\"code\": \"PLUS_DE_PLACE\", \"label\": \"Plus de place disponible pour l'instant\"},"
          + " {\"code\": \"HORS_TERRITOIRE\", \"label\": \"Hors de notre territoire d'intervention\"},"
          + " {\"code\": \"DEJA_ACCOMPAGNE\", \"label\": \"La personne est déjà accompagnée par ailleurs\"},"
          + " {\"code\": \"INJOIGNABLE\", \"label\": \"La personne n'a pas pu être jointe\"},"
          + " {\"code\": \"AUTRE\", \"label\": \"Autre motif (à préciser)\"}]";

  /** A new person of the Ardennes, as the beneficiaries API takes it (JSON). */
  public static String person(String caf, String nir) {
    return person(caf, nir, LocalDate.now().minusMonths(2), LocalDate.now().minusMonths(1));
  }

  /**
   * A new person of the Ardennes who claimed the RSA and entered rights and duties on these days.
   */
  public static String person(String caf, String nir, LocalDate claim, LocalDate rightsAndDuties) {
    return """
        {"civility": "MADAME", "lastName": "Dupont-Lefèvre", "firstNames": "Élise Marie", "birthDate": "1985-04-12",
         "cafNumber": "%s", "householdRole": "CLAIMANT", "nir": %s, "email": "elise.dupont@exemple.fr",
         "phone": "06 11 22 33 44", "addressLine": "3 rue de la Gare", "postalCode": "08000",
         "communeName": "Charleville-Mézières", "communeInsee": "08105", "territoryId": null,
         "rsaClaimDate": "%s", "rightsAndDutiesStart": "%s"}
        """
        .formatted(caf, nir == null ? "null" : "\"" + nir + "\"", claim, rightsAndDuties);
  }

  /**
   * A diagnostic's answers for someone close to work with every barrier NONE (the national rules
   * propose the professional pathway); add or replace answers to vary it.
   */
  public static JsonObjectBuilder closeToWork() {
    JsonObjectBuilder a =
        Json.createObjectBuilder()
            .add("activity_now", false)
            .add("activity_last_24_months", true)
            .add("can_picture_job", true)
            .add("qualified", true)
            .add("rqth", false)
            .add("oeth", false);
    for (String barrier : NationalQuestionnaire.barrierCodes()) {
      a.add(barrier, "NONE");
    }
    return a;
  }

  /** Gives the person these contact details (test set-up, as a file corrected by an agent). */
  public static void contact(String beneficiaryId, String email, String phone) {
    try (Connection c = TestStack.get().database.superuser("aiguillage");
        PreparedStatement ps =
            c.prepareStatement("UPDATE beneficiary SET email = ?, phone = ? WHERE id = ?::uuid")) {
      ps.setString(1, email);
      ps.setString(2, phone);
      ps.setString(3, beneficiaryId);
      assertThat(ps.executeUpdate()).isEqualTo(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The user's orientation queue (first 200), with extra query parameters ("&amp;…" or ""). */
  public static List<JsonObject> queue(String user, String query) {
    Http.Response r = get("/api/v1/orientations?size=200" + query, token(user));
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json().asJsonObject().getJsonArray("items").getValuesAs(JsonObject.class);
  }

  /** The simple proposals waiting in the user's queue (proposed, no review needed). */
  public static List<JsonObject> proposed(String user) {
    return queue(user, "").stream()
        .filter(i -> i.getString("state").equals("PROPOSED") && !i.getBoolean("needsReview"))
        .toList();
  }

  /** A structure of the user's département that takes this pathway. */
  public static String structureFor(String user, String pathway) {
    return get("/api/v1/structures", token(user))
        .json()
        .asJsonArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(
            s ->
                s.getJsonArray("pathways").getValuesAs(jakarta.json.JsonString.class).stream()
                    .anyMatch(p -> p.getString().equals(pathway)))
        .findFirst()
        .orElseThrow()
        .getString("id");
  }

  /**
   * A new person of the Ardennes (unique name), diagnosed, decided for the PLIE and addressed to
   * it, through the API: for tests that must not depend on how many seeded proposals are left.
   * Returns the orientation's id.
   */
  public static String freshReferralToThePlie() {
    Decided d = freshDecision("PLIE des Ardennes", null);
    Http.Response referred =
        post(
            "/api/v1/orientations/" + d.orientation() + "/referral",
            token("agent-08"),
            "{\"version\": " + d.version() + "}");
    assertThat(referred.status()).as(referred.toString()).isEqualTo(200);
    return d.orientation();
  }

  /**
   * The Ardennes' national template of this kind adopted and published as it is, unless a version
   * is in force already (idempotent: the tests share one stack).
   */
  public static synchronized void contractTemplatePublished(String kind) {
    String admin = token("admin-08");
    String templates = "/api/v1/contract-templates";
    JsonObject ofKind =
        get(templates, admin).json().asJsonArray().getValuesAs(JsonObject.class).stream()
            .filter(k -> k.getString("kind").equals(kind))
            .findFirst()
            .orElseThrow();
    if (ofKind.getInt("inForceVersion") > 0) {
      return;
    }
    String draft =
        ofKind.getJsonArray("versions").getValuesAs(JsonObject.class).stream()
            .filter(v -> v.getString("status").equals("DRAFT"))
            .map(v -> v.getString("id"))
            .findFirst()
            .orElseGet(
                () -> {
                  Http.Response adopted = post(templates, admin, "{\"kind\": \"" + kind + "\"}");
                  assertThat(adopted.status()).as(adopted.toString()).isEqualTo(201);
                  return adopted.json().asJsonObject().getString("id");
                });
    Http.Response published =
        post(
            templates + "/" + draft + "/publish",
            admin,
            "{\"effectiveFrom\": \"" + LocalDate.now(java.time.ZoneId.of("Europe/Paris")) + "\"}");
    assertThat(published.status()).as(published.toString()).isEqualTo(200);
  }

  /** A person decided for a structure: their id, their orientation's id and version. */
  public record Decided(String person, String orientation, long version) {}

  /**
   * A new person of the Ardennes (unique name), diagnosed (with these answers, if any), and decided
   * for the named structure (its first pathway), through the API.
   */
  public static Decided freshDecision(String structureName, JsonObjectBuilder answers) {
    return freshDecision(structureName, answers, LocalDate.now().minusMonths(2));
  }

  /**
   * As {@link #freshDecision(String, JsonObjectBuilder)}, for a person who claimed the RSA on
   * {@code claim} (and entered rights and duties a month later).
   */
  public static Decided freshDecision(
      String structureName, JsonObjectBuilder answers, LocalDate claim) {
    String agent = token("agent-08");
    String name = "Essai" + randomLetters(6);
    String caf = String.valueOf(30_000_000 + new java.util.Random().nextInt(60_000_000));
    Http.Response created =
        post(
            "/api/v1/beneficiaries",
            agent,
            person(caf, null, claim, claim.plusMonths(1)).replace("Dupont-Lefèvre", name));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String person = created.json().asJsonObject().getString("id");
    Http.Response opened =
        post("/api/v1/diagnostics", agent, "{\"beneficiaryId\": \"" + person + "\"}");
    assertThat(opened.status()).as(opened.toString()).isIn(200, 201);
    String diagnostic = opened.json().asJsonObject().getString("id");
    if (answers != null) {
      Http.Response answered =
          put(
              "/api/v1/diagnostics/" + diagnostic + "/answers",
              agent,
              Json.createObjectBuilder().add("answers", answers).build().toString());
      assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
    }
    Http.Response completed =
        post(
            "/api/v1/diagnostics/" + diagnostic + "/complete",
            agent,
            "{\"synthesis\": \"Projet à construire avec "
                + (structureName.startsWith("PLIE") ? "le PLIE" : structureName)
                + ".\"}");
    assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
    JsonObject structure =
        get("/api/v1/structures", agent).json().asJsonArray().getValuesAs(JsonObject.class).stream()
            .filter(s -> s.getString("name").equals(structureName))
            .findFirst()
            .orElseThrow();
    JsonObject file =
        get("/api/v1/orientations/of-beneficiary/" + person, agent).json().asJsonObject();
    String id = file.getString("id");
    Http.Response decided =
        post(
            "/api/v1/orientations/" + id + "/decision",
            agent,
            Json.createObjectBuilder()
                .add("version", file.getJsonNumber("version").longValue())
                .add("pathway", structure.getJsonArray("pathways").getString(0))
                .add("structureId", structure.getString("id"))
                .add("reason", "Accompagnement par " + structureName + ".")
                .build()
                .toString());
    assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
    return new Decided(
        person, id, decided.json().asJsonObject().getJsonNumber("version").longValue());
  }

  private static String randomLetters(int n) {
    java.util.Random random = new java.util.Random();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append((char) ('a' + random.nextInt(26)));
    }
    return b.toString();
  }

  /** The (first) referral of an orientation. */
  public static String referralOf(String orientationId) {
    return get("/api/v1/orientations/" + orientationId, token("agent-08"))
        .json()
        .asJsonObject()
        .getJsonArray("referrals")
        .getJsonObject(0)
        .getString("id");
  }

  /** The orientation's state, as the Ardennes' agent reads it. */
  public static String state(String orientation) {
    return get("/api/v1/orientations/" + orientation, token("agent-08"))
        .json()
        .asJsonObject()
        .getString("state");
  }

  /** The names of the structures a partner user's organisation runs. */
  public static List<String> partnerStructures(String user) {
    return get("/api/v1/partner/me", token(user))
        .json()
        .asJsonObject()
        .getJsonArray("structures")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(s -> s.getString("name"))
        .toList();
  }

  /** A partner publishes one slot of a structure. */
  public static Http.Response publish(
      String user, String structure, LocalDateTime start, int minutes, String modality) {
    return post(
        "/api/v1/partner/slots",
        token(user),
        Json.createObjectBuilder()
            .add("structureId", structure)
            .add("date", start.toLocalDate().toString())
            .add("start", start.toLocalTime().toString())
            .add("durationMinutes", minutes)
            .add("modality", modality)
            .add("location", "12 rue de la Paix, 08000 Charleville-Mézières")
            .build()
            .toString());
  }

  /** The id of the one slot a publication made. */
  public static String onlySlot(Http.Response published) {
    assertThat(published.status()).as(published.toString()).isEqualTo(200);
    return published.json().asJsonObject().getJsonArray("slots").getJsonObject(0).getString("id");
  }
}
