package fr.aiguillage.partner.person;

import fr.aiguillage.contract.ContractHtml;
import fr.aiguillage.contract.ContractView.SignatureView;
import fr.aiguillage.contract.RemoteSignatures.NextAppointment;
import fr.aiguillage.contract.RemoteSignatures.PersonContract;
import fr.aiguillage.contract.Signature;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The person's contract page, reached by the link their referent sent: the contract to read, the
 * one-time code to ask for, the consent, the name and the code to sign; once signed, the signed
 * PDF, the signatures, the referent and the next appointment. Plain HTML, phone-first, no
 * JavaScript.
 */
final class ContractPage {
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE);
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' HH'h'mm", Locale.FRANCE).withZone(PARIS);

  private ContractPage() {}

  /**
   * @param notice a message to show first (the code sent…), or null
   * @param error what to correct (a wrong code…), or null
   * @param typedName what the person typed, to keep it after an error
   */
  static String render(
      PersonContract c, String pdfPath, String notice, String error, String typedName) {
    return render(c, pdfPath, notice, error, typedName, null);
  }

  /**
   * The same, the channel the person chose for the code ({@code "SMS"}, {@code "EMAIL"}) kept
   * selected; null: the first one the file has.
   */
  static String render(
      PersonContract c,
      String pdfPath,
      String notice,
      String error,
      String typedName,
      String channel) {
    StringBuilder b = new StringBuilder();
    b.append("<h1>Votre contrat</h1>\n");
    if (notice != null) {
      b.append("<p class=\"notice\" role=\"status\">").append(Html.esc(notice)).append("</p>\n");
    }
    if (error != null) {
      b.append("<div class=\"errors\" role=\"alert\" id=\"erreurs\"><p>")
          .append(Html.esc(error))
          .append("</p></div>\n");
    }
    b.append("<section aria-labelledby=\"resume\">\n<h2 id=\"resume\">En bref</h2>\n<dl>\n");
    item(b, "Contrat", c.kindLabel());
    item(b, "État", c.stateLabel());
    item(b, "Votre référent(e)", c.referentName());
    item(b, "Du", day(c.startDate()) + " au " + day(c.endDate()));
    NextAppointment next = c.nextAppointment();
    item(
        b,
        "Prochain rendez-vous",
        next == null
            ? "aucun rendez-vous fixé pour l'instant"
            : WHEN.format(next.startsAt())
                + " avec "
                + next.structureName()
                + (next.location() == null ? "" : " — " + next.location()));
    b.append("</dl>\n</section>\n");

    if (c.personSigned()) {
      signed(b, c, pdfPath);
    } else if (c.canSign()) {
      toSign(b, c, pdfPath, typedName, channel);
    } else {
      b.append(
          "<p>Ce contrat n'est pas à signer pour l'instant. Votre référent(e) vous dira quand.</p>\n");
    }
    return Html.page("Mon parcours – votre contrat", b.toString());
  }

  private static void toSign(
      StringBuilder b, PersonContract c, String pdfPath, String typedName, String channel) {
    b.append("<section aria-labelledby=\"lire\">\n<h2 id=\"lire\">1. Lisez votre contrat</h2>\n")
        .append("<p><a href=\"")
        .append(Html.esc(pdfPath))
        .append("\">Ouvrir le contrat en PDF</a> (le document exact que vous signez).</p>\n")
        .append(
            "<div class=\"document\" role=\"region\" tabindex=\"0\" aria-label=\"Texte du contrat\">\n")
        .append(c.html() == null ? "" : ContractHtml.headingsFrom(c.html(), 3))
        .append("</div>\n")
        .append("<p class=\"help\">Empreinte SHA-256 du document : <code>")
        .append(Html.esc(c.documentSha256()))
        .append("</code></p>\n</section>\n");

    b.append("<section aria-labelledby=\"code\">\n<h2 id=\"code\">2. Recevez un code</h2>\n")
        .append("<p>Pour signer, vous recevez un code à 6 chiffres, valable 10 minutes.</p>\n")
        .append("<form method=\"post\">\n<input type=\"hidden\" name=\"action\" value=\"code\">\n")
        .append("<fieldset><legend>Recevoir le code par</legend>\n");
    boolean first = true;
    String chosen =
        "EMAIL".equals(channel) && c.hasEmail() ? "EMAIL" : c.hasPhone() ? "SMS" : "EMAIL";
    if (c.hasPhone()) {
      radio(b, "SMS", "SMS sur mon téléphone", chosen.equals("SMS"));
      first = false;
    }
    if (c.hasEmail()) {
      radio(b, "EMAIL", "courriel", chosen.equals("EMAIL"));
      first = false;
    }
    if (first) {
      b.append(
          "<p>Votre dossier n'a ni téléphone ni courriel : signez avec votre référent(e), sur son écran.</p>\n");
    }
    b.append("</fieldset>\n");
    if (!first) {
      b.append(
          "<button type=\"submit\" id=\"recevoir-code\" class=\"secondary\">Recevoir le code</button>\n");
    }
    b.append("</form>\n</section>\n");

    b.append("<section aria-labelledby=\"signer\">\n<h2 id=\"signer\">3. Signez</h2>\n")
        .append("<form method=\"post\">\n<input type=\"hidden\" name=\"action\" value=\"sign\">\n")
        .append("<input type=\"hidden\" name=\"sha\" value=\"")
        .append(Html.esc(c.documentSha256()))
        .append("\">\n")
        .append("<div class=\"field\"><label for=\"code-recu\">Code reçu (6 chiffres)</label>\n")
        .append(
            "<input id=\"code-recu\" name=\"code\" inputmode=\"numeric\" autocomplete=\"one-time-code\" maxlength=\"6\" pattern=\"[0-9]{6}\"></div>\n")
        .append(
            "<div class=\"field\"><label for=\"nom\">Écrivez votre prénom et votre nom</label>\n")
        .append("<input id=\"nom\" name=\"name\" autocomplete=\"name\" maxlength=\"100\" value=\"")
        .append(Html.esc(typedName))
        .append("\"></div>\n")
        .append("<div class=\"field\"><label class=\"choice\" for=\"consentement\">")
        .append("<input type=\"checkbox\" id=\"consentement\" name=\"consent\" value=\"on\"> ")
        .append(
            "J'ai lu mon contrat. Je l'accepte et je le signe électroniquement : ma signature vaut comme une signature à la main.")
        .append("</label></div>\n")
        .append("<button type=\"submit\" id=\"signer-contrat\">Signer mon contrat</button>\n")
        .append("</form>\n</section>\n");
  }

  private static void signed(StringBuilder b, PersonContract c, String pdfPath) {
    b.append("<section aria-labelledby=\"signe\">\n<h2 id=\"signe\">Votre contrat est signé</h2>\n")
        .append("<ul>\n");
    for (SignatureView s : c.signatures()) {
      b.append("<li>")
          .append(s.signer() == Signature.Signer.PERSON ? "Vous" : Html.esc(s.typedName()))
          .append(", le ")
          .append(WHEN.format(s.signedAt()))
          .append(s.method() == Signature.Method.REMOTE ? " (à distance)" : "")
          .append("</li>\n");
    }
    b.append("</ul>\n");
    if (c.documentSha256() != null) {
      b.append("<p><a href=\"")
          .append(Html.esc(pdfPath))
          .append("\">Télécharger mon contrat (PDF)</a></p>\n");
    }
    b.append("</section>\n");
  }

  private static void radio(StringBuilder b, String value, String label, boolean checked) {
    String id = "canal-" + value.toLowerCase(Locale.ROOT);
    b.append("<label class=\"choice\" for=\"")
        .append(id)
        .append("\"><input type=\"radio\" id=\"")
        .append(id)
        .append("\" name=\"channel\" value=\"")
        .append(value)
        .append("\"")
        .append(checked ? " checked" : "")
        .append("> ")
        .append(Html.esc(label))
        .append("</label>\n");
  }

  private static void item(StringBuilder b, String term, String value) {
    b.append("<dt>")
        .append(Html.esc(term))
        .append("</dt><dd>")
        .append(Html.esc(value))
        .append("</dd>\n");
  }

  private static String day(LocalDate d) {
    return d == null ? "—" : DAY.format(d);
  }

  static String when(Instant at) {
    return WHEN.format(at);
  }
}
