package fr.aiguillage.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

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

  private CafFlowFile() {}

  public static void main(String[] args) throws IOException {
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
    write(Path.of(args[0]), Integer.parseInt(args[1]), seed);
  }

  public static void write(Path file, int households, long seed) throws IOException {
    try (InputStream in = stream(households, seed);
        OutputStream out = Files.newOutputStream(file)) {
      in.transferTo(out);
    }
  }

  /** The flow's bytes, generated as they are read. */
  public static InputStream stream(int households, long seed) {
    return new Generated(households, new Random(seed));
  }

  private static final class Generated extends InputStream {
    private final int households;
    private final Random random;
    private int produced = -1; // -1: the header is next
    private byte[] chunk = new byte[0];
    private int pos;

    Generated(int households, Random random) {
      this.households = households;
      this.random = random;
    }

    @Override
    public int read() {
      return fill() ? chunk[pos++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (len == 0) {
        return 0;
      }
      if (!fill()) {
        return -1;
      }
      int n = Math.min(len, chunk.length - pos);
      System.arraycopy(chunk, pos, b, off, n);
      pos += n;
      return n;
    }

    private boolean fill() {
      while (pos == chunk.length) {
        if (produced > households) {
          return false;
        }
        String xml =
            produced == -1
                ? "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<CG005RSABEM>\n"
                    + "<IdentificationFlux><DTCREAFLUX>2026-11-30</DTCREAFLUX>"
                    + "<HEUCREAFLUX>21:04:00</HEUCREAFLUX></IdentificationFlux>\n"
                : produced < households ? household(produced + 1) : "</CG005RSABEM>\n";
        produced++;
        chunk = xml.getBytes(StandardCharsets.ISO_8859_1);
        pos = 0;
      }
      return true;
    }

    private String household(int n) {
      int r = random.nextInt(100);
      int state = r < 70 ? 2 : 3 + (r - 70) / 8; // 70 % open; 3, 4, 5, 6 for the rest
      StringBuilder b = new StringBuilder(1024);
      b.append("<InfosFoyerRSA><IdentificationRSA><NUMDEMRSA>")
          .append(String.format("%011d", n))
          .append("</NUMDEMRSA><MATRICULE>")
          .append(String.format("%07d", 1_000_000 + n % 9_000_000))
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
      person(b, "DEM", woman, last, 1960 + random.nextInt(40), 0);
      if (random.nextBoolean()) {
        person(b, "CJT", !woman, last, 1960 + random.nextInt(40), 0);
      }
      int children = random.nextInt(4);
      for (int c = 0; c < children; c++) {
        person(b, "ENF", random.nextBoolean(), last, 2010 + c, c);
      }
      return b.append("</InfosFoyerRSA>\n").toString();
    }

    private void person(StringBuilder b, String role, boolean woman, String last, int year, int c) {
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
          .append(String.format("%d-%02d-%02d", year, month, 1 + random.nextInt(28)))
          .append("</DTNAI><SEXE>")
          .append(sex)
          .append("</SEXE>");
      if (adult && random.nextBoolean()) {
        long body =
            Long.parseLong(
                String.format(
                    "%s%02d%02d05061%03d", sex, year % 100, month, 1 + random.nextInt(999)));
        b.append("<NIR>").append(body).append(String.format("%02d", 97 - body % 97));
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
}
