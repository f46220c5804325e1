package fr.aiguillage.notification;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The texts of the notices, as Mustache templates in {@code fr/aiguillage/notification/}: the
 * letter's XHTML (escaped), the e-mails' and SMS' plain text (not escaped).
 */
final class Templates {
  /** The zone in which the notices' days are written. */
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  static final DateTimeFormatter LONG_DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE);

  private static final MustacheFactory HTML =
      new DefaultMustacheFactory("fr/aiguillage/notification");
  private static final MustacheFactory TEXT =
      new DefaultMustacheFactory("fr/aiguillage/notification") {
        @Override
        public void encode(String value, Writer writer) {
          try {
            writer.write(value);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      };

  private Templates() {}

  static String html(String template, Object scope) {
    return render(HTML.compile(template), scope);
  }

  static String text(String template, Object scope) {
    return render(TEXT.compile(template), scope).strip();
  }

  /** The letter's fields, with its dates written out in French. */
  static Map<String, Object> scope(LetterData d) {
    Map<String, Object> m = new HashMap<>();
    m.put("d", d);
    m.put("date", longDate(d.date() == null ? null : LocalDate.parse(d.date())));
    return m;
  }

  static String longDate(LocalDate day) {
    return day == null ? "" : LONG_DATE.format(day);
  }

  private static String render(Mustache m, Object scope) {
    StringWriter out = new StringWriter();
    m.execute(out, scope);
    return out.toString();
  }
}
