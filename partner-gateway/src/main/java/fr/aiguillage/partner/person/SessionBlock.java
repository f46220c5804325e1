package fr.aiguillage.partner.person;

import fr.aiguillage.session.PersonSessions.PlaceDetails;
import fr.aiguillage.session.PersonSessions.SessionItem;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The person's place at a collective session, on their page: when, where, what to bring, and the
 * form "Je ne pourrai pas venir" with the later sessions they may choose instead (plain HTML).
 */
final class SessionBlock {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' HH'h'mm", Locale.FRANCE)
          .withZone(ZoneId.of("Europe/Paris"));

  private SessionBlock() {}

  static String when(SessionItem s) {
    return WHEN.format(s.startsAt());
  }

  /**
   * @param error a refusal to show above the form (null for none)
   */
  static String render(PlaceDetails p, String error) {
    SessionItem s = p.session();
    StringBuilder b = new StringBuilder();
    b.append("<section class=\"session\" aria-labelledby=\"session-titre\">\n")
        .append("<h2 id=\"session-titre\">Votre séance d'information</h2>\n")
        .append("<p><strong>")
        .append(Html.esc(s.kind()))
        .append("</strong></p>\n<p>Le <strong id=\"session-quand\">")
        .append(Html.esc(when(s)))
        .append("</strong> (")
        .append(Duration.between(s.startsAt(), s.endsAt()).toMinutes())
        .append(" minutes)</p>\n");
    place(b, s, "session-lieu");
    b.append(
        "<p>Apportez une pièce d'identité, votre numéro d'allocataire (CAF ou MSA) et un CV si vous en avez un. Votre présence est obligatoire.</p>\n");
    if (error != null) {
      b.append("<p class=\"error\" role=\"alert\" id=\"session-erreur\">")
          .append(Html.esc(error))
          .append("</p>\n");
    }
    if (p.canDecline()) {
      b.append("<form method=\"post\" novalidate>\n")
          .append("<input type=\"hidden\" name=\"action\" value=\"decline\">\n")
          .append("<input type=\"hidden\" name=\"session\" value=\"")
          .append(s.sessionId())
          .append("\">\n<fieldset>\n<legend>Je ne pourrai pas venir</legend>\n");
      if (p.others().isEmpty()) {
        b.append(
            "<p class=\"help\">Aucune autre date n'a de place pour l'instant : le Département vous proposera une nouvelle date.</p>\n");
      } else {
        b.append("<p class=\"help\">Choisissez une autre date, ou aucune.</p>\n");
        for (SessionItem o : p.others()) {
          String id = "autre-" + o.sessionId();
          b.append("<label class=\"choice\" for=\"")
              .append(id)
              .append("\"><input type=\"radio\" id=\"")
              .append(id)
              .append("\" name=\"instead\" value=\"")
              .append(o.sessionId())
              .append("\"> ")
              .append(Html.esc(when(o)))
              .append(", ")
              .append(Html.esc(where(o)))
              .append(" (")
              .append(o.remainingPlaces())
              .append(o.remainingPlaces() > 1 ? " places" : " place")
              .append(")</label>\n");
        }
      }
      b.append(
              "<label class=\"choice\" for=\"autre-aucune\"><input type=\"radio\" id=\"autre-aucune\" name=\"instead\" value=\"\" checked> Aucune de ces dates</label>\n")
          .append("</fieldset>\n")
          .append(
              "<div class=\"actions\"><button type=\"submit\" id=\"empeche\" class=\"secondary\">Je ne pourrai pas venir</button></div>\n")
          .append("</form>\n");
    }
    return b.append("</section>\n").toString();
  }

  private static void place(StringBuilder b, SessionItem s, String id) {
    if (s.videoUrl() != null) {
      b.append("<p id=\"")
          .append(id)
          .append("\">En visioconférence : <a href=\"")
          .append(Html.esc(s.videoUrl()))
          .append("\" rel=\"noopener noreferrer\">")
          .append(Html.esc(s.videoUrl()))
          .append("</a></p>\n");
      return;
    }
    b.append("<p id=\"").append(id).append("\">Adresse : ").append(Html.esc(s.address()));
    if (s.room() != null) {
      b.append(", salle ").append(Html.esc(s.room()));
    }
    b.append("</p>\n");
  }

  static String where(SessionItem s) {
    if (s.videoUrl() != null) {
      return "en visioconférence";
    }
    return s.address() + (s.room() == null ? "" : ", salle " + s.room());
  }
}
