package fr.aiguillage.partner.person;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The person's pages as HTML: small, escaped, readable on any phone, no JavaScript. */
final class Html {
  static final String CSS = resource("/templates/mon-parcours/style.css");

  private Html() {}

  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  static String page(String title, String body) {
    return "<!doctype html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"robots\" content=\"noindex\">\n"
        + "<title>"
        + esc(title)
        + "</title>\n<style>"
        + CSS
        + "</style>\n</head>\n<body>\n"
        + "<header><p class=\"brand\">Mon parcours RSA</p></header>\n<main id=\"contenu\">\n"
        + body
        + "</main>\n"
        + "<footer><p>Vos réponses ne sont vues que par les professionnels qui vous accompagnent.</p></footer>\n</body>\n</html>\n";
  }

  /** The page of a link whose answers were sent: that they were, then the person's session. */
  static String answered(String sessionBlock, String notice) {
    String title = "Vos réponses sont transmises";
    return page(
        title + " – Mon parcours",
        "<h1>"
            + esc(title)
            + "</h1>\n"
            + (notice == null
                ? ""
                : "<p class=\"notice\" role=\"status\">" + esc(notice) + "</p>\n")
            + "<p>Vos réponses ont bien été transmises à votre conseiller. Pour les modifier, parlez-en"
            + " avec lui.</p>\n"
            + sessionBlock);
  }

  static String message(String title, String message) {
    return page(
        title + " – Mon parcours", "<h1>" + esc(title) + "</h1>\n<p>" + esc(message) + "</p>\n");
  }

  static String form(PersonFormPage p) {
    return form(p, "");
  }

  /**
   * The questionnaire, after {@code before} (the person's session, already HTML) and the notice.
   */
  static String form(PersonFormPage p, String before) {
    StringBuilder b = new StringBuilder();
    b.append("<h1>Bonjour ")
        .append(esc(p.firstName))
        .append("</h1>\n")
        .append(
            "<p>Ces questions préparent votre premier rendez-vous. Répondez à ce que vous voulez : rien n'est obligatoire.\n")
        .append(
            "Vous pouvez <strong>enregistrer et revenir plus tard</strong> avec le même lien, jusqu'au ")
        .append(esc(p.expires))
        .append(".</p>\n");
    if (p.notice != null) {
      b.append("<p class=\"notice\" role=\"status\">").append(esc(p.notice)).append("</p>\n");
    }
    b.append(before);
    if (p.hasErrors) {
      b.append("<div class=\"errors\" role=\"alert\" id=\"erreurs\"><p><strong>")
          .append(p.errorCount)
          .append(" réponse(s) à corriger</strong> : voyez les messages en rouge.</p></div>\n");
    }
    b.append("<form method=\"post\" novalidate>\n");
    for (PersonFormPage.Block s : p.sections) {
      b.append("<section>\n<h2>").append(esc(s.title())).append("</h2>\n");
      for (PersonFormPage.Field f : s.fields()) {
        field(b, f);
      }
      b.append("</section>\n");
    }
    b.append("<div class=\"actions\">\n")
        .append(
            "<button type=\"submit\" name=\"action\" value=\"save\" id=\"enregistrer\" class=\"secondary\">Enregistrer et continuer plus tard</button>\n")
        .append(
            "<button type=\"submit\" name=\"action\" value=\"submit\" id=\"envoyer\">J'ai terminé : envoyer mes réponses</button>\n")
        .append("</div>\n</form>\n");
    return page("Mon parcours – vos réponses avant le rendez-vous", b.toString());
  }

  private static void field(StringBuilder b, PersonFormPage.Field f) {
    String code = esc(f.code());
    String errorId = code + "-erreur";
    String invalid =
        f.hasError() ? " aria-describedby=\"" + errorId + "\" aria-invalid=\"true\"" : "";
    String error =
        f.hasError()
            ? "<p class=\"error\" id=\"" + errorId + "\">" + esc(f.error()) + "</p>\n"
            : "";
    b.append("<div class=\"field").append(f.hasError() ? " invalid" : "").append("\">\n");
    if (f.text()) {
      b.append("<label for=\"")
          .append(code)
          .append("\">")
          .append(esc(f.label()))
          .append("</label>\n")
          .append(error)
          .append("<textarea id=\"")
          .append(code)
          .append("\" name=\"")
          .append(code)
          .append("\" rows=\"3\" maxlength=\"4000\"")
          .append(invalid)
          .append(">")
          .append(esc(f.value()))
          .append("</textarea>\n");
    } else if (f.number()) {
      b.append("<label for=\"")
          .append(code)
          .append("\">")
          .append(esc(f.label()))
          .append("</label>\n")
          .append(error)
          .append("<input id=\"")
          .append(code)
          .append("\" name=\"")
          .append(code)
          .append("\" type=\"number\" inputmode=\"numeric\" min=\"0\" step=\"1\" value=\"")
          .append(esc(f.value()))
          .append("\"")
          .append(invalid)
          .append(">\n");
    } else {
      b.append("<fieldset")
          .append(f.hasError() ? " aria-describedby=\"" + errorId + "\"" : "")
          .append(">\n<legend>")
          .append(esc(f.label()))
          .append("</legend>\n");
      if (f.help() != null) {
        b.append("<p class=\"help\">").append(esc(f.help())).append("</p>\n");
      }
      b.append(error);
      for (PersonFormPage.Option o : f.options()) {
        b.append("<label class=\"choice\" for=\"")
            .append(esc(o.id()))
            .append("\"><input type=\"radio\" id=\"")
            .append(esc(o.id()))
            .append("\" name=\"")
            .append(code)
            .append("\" value=\"")
            .append(esc(o.value()))
            .append("\"")
            .append(o.checked() ? " checked" : "")
            .append("> ")
            .append(esc(o.label()))
            .append("</label>\n");
      }
      b.append("</fieldset>\n");
    }
    b.append("</div>\n");
  }

  private static String resource(String path) {
    try (InputStream in = Html.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
