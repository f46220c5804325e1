package fr.aiguillage.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * A CAF beneficiaries flow of N households, ISO-8859-1, for benchmarks and the constant-memory
 * test: 1 or 2 adults and 0 to 3 children a household, states mostly 2 (some 3, 4, 5, 6), one adult
 * in ten not subject to rights and duties, half the adults with a valid NIR. Generated as it is
 * read, household by household: never held whole in memory.
 *
 * <p>{@code java … fr.aiguillage.intake.CafFlowFile flux.xml 100000 [graine]}
 */
public final class CafFlowFile {
  private static final String[] WOMEN = {"Hélène", "Françoise", "Zoé", "Anaïs", "Maëlle"};
  private static final String[] MEN = {"Noël", "Jérôme", "André", "François", "Loïc"};
  private static final String[] LAST = {"MARTIN", "LEFÈVRE", "GARÇON", "BERNARD", "FAURE"};
  private static final String[] STREETS = {"DE L'ÉGLISE", "DES ÉCOLES", "DU MOULIN", "JEAN JAURÈS"};

  private static final String HEADER =
      "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<CG005RSABEM>\n"
          + "<IdentificationFlux><DTCREAFLUX>2026-11-30</DTCREAFLUX>"
          + "<HEUCREAFLUX>21:04:00</HEUCREAFLUX></IdentificationFlux>\n";

  private CafFlowFile() {}

  public static void main(String[] args) throws IOException {
    write(
        Path.of(args[0]), Integer.parseInt(args[1]), args.length > 2 ? Long.parseLong(args[2]) : 1);
  }

  public static void write(Path file, int households, long seed) throws IOException {
    try (InputStream in = stream(households, seed);
        OutputStream out = Files.newOutputStream(file)) {
      in.transferTo(out);
    }
  }

  /** The flow's bytes, generated household by household as they are read. */
  public static InputStream stream(int households, long seed) {
    Random random = new Random(seed);
    Iterator<InputStream> parts =
        IntStream.rangeClosed(0, households + 1)
            .mapToObj(
                i -> i == 0 ? HEADER : i > households ? "</CG005RSABEM>\n" : household(random, i))
            .map(
                xml ->
                    (InputStream)
                        new ByteArrayInputStream(xml.getBytes(StandardCharsets.ISO_8859_1)))
            .iterator();
    // SequenceInputStream asks for the next part when the previous one is read to its end
    return new SequenceInputStream(
        new Enumeration<>() {
          @Override
          public boolean hasMoreElements() {
            return parts.hasNext();
          }

          @Override
          public InputStream nextElement() {
            return parts.next();
          }
        });
  }

  private static String pad(long value, int width) {
    String digits = Long.toString(value);
    return "0".repeat(Math.max(0, width - digits.length())) + digits;
  }

  private static String household(Random random, int n) {
    int r = random.nextInt(100);
    int state = r < 70 ? 2 : 3 + (r - 70) / 8; // 70 % open; 3, 4, 5, 6 for the rest
    StringBuilder b = new StringBuilder(1024);
    b.append("<InfosFoyerRSA><IdentificationRSA><NUMDEMRSA>")
        .append(pad(n, 11))
        .append("</NUMDEMRSA><MATRICULE>")
        .append(1_000_000 + n % 9_000_000)
        .append("</MATRICULE><DTDEMRSA>20")
        .append(10 + random.nextInt(16))
        .append("-0")
        .append(1 + random.nextInt(9))
        .append("-15</DTDEMRSA></IdentificationRSA>\n<Adresse><NUMVOIE>")
        .append(1 + random.nextInt(120))
        .append("</NUMVOIE><LIBTYPEVOIE>RUE</LIBTYPEVOIE><NOMVOIE>")
        .append(STREETS[random.nextInt(STREETS.length)])
        .append("</NOMVOIE><CODEPOS>05000</CODEPOS><NOMCOM>GAP</NOMCOM>")
        .append("<NUMCOM>05061</NUMCOM></Adresse>\n<Situationdossierrsa><ETATDOSRSA>")
        .append(state)
        .append("</ETATDOSRSA>")
        .append(state == 3 || state == 4 ? "<MOTISUSVERSRSA>05</MOTISUSVERSRSA>" : "")
        .append("</Situationdossierrsa><NATPF>RSD</NATPF>\n");
    String last = LAST[random.nextInt(LAST.length)];
    boolean woman = random.nextBoolean();
    person(random, b, "DEM", woman, last, 1960 + random.nextInt(40), 0);
    if (random.nextBoolean()) {
      person(random, b, "CJT", !woman, last, 1960 + random.nextInt(40), 0);
    }
    int children = random.nextInt(4);
    for (int c = 0; c < children; c++) {
      person(random, b, "ENF", random.nextBoolean(), last, 2010 + c, c);
    }
    return b.append("</InfosFoyerRSA>\n").toString();
  }

  private static void person(
      Random random, StringBuilder b, String role, boolean woman, String last, int year, int c) {
    boolean adult = !"ENF".equals(role);
    String sex = woman ? "2" : "1";
    int month = 1 + random.nextInt(12);
    b.append("<Personne><Identification><QUAL>")
        .append(woman ? "MME" : "MR")
        .append("</QUAL><NOM>")
        .append(last)
        .append("</NOM><PRENOM>")
        .append((woman ? WOMEN : MEN)[adult ? random.nextInt(WOMEN.length) : c])
        .append("</PRENOM><DTNAI>")
        .append(year + "-" + pad(month, 2) + "-" + pad(1 + random.nextInt(28), 2))
        .append("</DTNAI><SEXE>")
        .append(sex)
        .append("</SEXE>");
    if (adult && random.nextBoolean()) {
      String body =
          sex + pad(year % 100, 2) + pad(month, 2) + "05061" + pad(1 + random.nextInt(999), 3);
      // the key: 97 minus the 13 digits modulo 97 (Nir.key)
      b.append("<NIR>").append(body).append(pad(97 - Long.parseLong(body) % 97, 2));
      b.append("</NIR>");
    }
    b.append("</Identification><Prestations><ROLEPERS>").append(role).append("</ROLEPERS>");
    if (adult) {
      b.append("<TOPPERSDRODEVORSA>").append(random.nextInt(10) == 0 ? 0 : 1);
      b.append("</TOPPERSDRODEVORSA>");
    }
    b.append("</Prestations></Personne>\n");
  }
}
