package fr.aiguillage.intake;

import static fr.aiguillage.intake.CafFlowTrapsTest.claimant;
import static fr.aiguillage.intake.CafFlowTrapsTest.flow;
import static fr.aiguillage.intake.CafFlowTrapsTest.household;
import static fr.aiguillage.intake.CafFlowTrapsTest.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * The scan of a flow's bytes against the reader it stands in for: the same households, the same
 * elements noted as not read, the same people designated; a digest that is the household's bytes
 * wherever they are; and every file it cannot vouch for left to the reader, which says what it
 * always said.
 */
class FlowScanTest {
  private static final String UTF8 = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  private static final String LATIN1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n";

  /** What a scan saw of a household. */
  record Seen(int ordinal, String digest) {}

  /** A whole scan: its households, and what it noted. */
  record Scan(List<Seen> households, Map<String, Integer> unread, boolean moreUnread) {}

  private static String sha(String encoding, byte[] bytes, int length) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      d.update(encoding.getBytes(StandardCharsets.UTF_8));
      d.update(bytes, 0, length);
      return HexFormat.of().formatHex(d.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static Scan scan(byte[] bytes) throws IOException, FlowScan.Unsure {
    List<Seen> seen = new ArrayList<>();
    try (FlowScan s =
        new FlowScan(
            new ByteArrayInputStream(bytes),
            FlowNames.caf(),
            (encoding, b, length) -> sha(encoding, b, length).getBytes(StandardCharsets.UTF_8))) {
      while (s.next()) {
        seen.add(new Seen(s.households(), new String(s.digest(), StandardCharsets.UTF_8)));
      }
      return new Scan(seen, s.unreadElements(), s.moreUnreadElements());
    }
  }

  private static List<FlowHousehold> read(byte[] bytes) {
    try (CafFlowReader r = new CafFlowReader(new ByteArrayInputStream(bytes))) {
      return CafFlowReaderTest.all(r);
    }
  }

  private static byte[] generated(int households, long seed) throws IOException {
    try (InputStream in = CafFlowFile.stream(households, seed)) {
      return in.readAllBytes();
    }
  }

  private static byte[] fixture(String name) throws IOException {
    try (InputStream in = FlowScanTest.class.getResourceAsStream("/flows/" + name)) {
      return in.readAllBytes();
    }
  }

  private static void sameAsTheReader(byte[] bytes) throws Exception {
    Scan scan = scan(bytes);
    List<FlowHousehold> read = read(bytes);
    assertThat(scan.households())
        .extracting(Seen::ordinal)
        .containsExactlyElementsOf(read.stream().map(FlowHousehold::ordinal).toList());
    try (CafFlowReader r = new CafFlowReader(new ByteArrayInputStream(bytes))) {
      CafFlowReaderTest.all(r);
      assertThat(scan.unread()).containsExactlyEntriesOf(r.unreadElements());
      assertThat(scan.moreUnread()).isEqualTo(r.moreUnreadElements());
    }
  }

  @Test
  void generatedFlowsGiveTheReadersHouseholdsAndNotes() throws Exception {
    for (long seed = 1; seed <= 3; seed++) {
      sameAsTheReader(generated(3_000, seed));
    }
  }

  @Test
  void theHandMadeFlowsAndTheTrapsGiveTheReadersHouseholds() throws Exception {
    sameAsTheReader(fixture("caf-latin1.xml"));
    sameAsTheReader(fixture("caf-utf8.xml"));
    StringBuilder many = new StringBuilder();
    for (int i = 1; i <= 60; i++) {
      many.append("<ZONE").append(i).append(">x</ZONE").append(i).append('>');
    }
    sameAsTheReader(
        flow(
            UTF8,
            StandardCharsets.UTF_8,
            household("A1", "<DTDEMRMI>2008-01-01</DTDEMRMI>", claimant()),
            household("A2", many.toString(), claimant()),
            household("A3", "", claimant(), claimant()),
            household("A4", "", person("CJT", "B", "C", "1990-01-01", "")),
            household(
                "A5",
                "",
                claimant(),
                person("CJT", "DURAND", "Zoé", "1991-02-03", "<NIR>2 91 02 75 123 456 78</NIR>"),
                person("ENF", "DURAND", "Léo", "2015-01-01", "<NIR>115017512345612</NIR>"))));
  }

  @Test
  void markupThatLooksLikeAHouseholdIsNotOne() throws Exception {
    String tricky =
        "<!-- <InfosFoyerRSA> in a comment --><?note <InfosFoyerRSA>?>"
            + "<caf:InfosFoyerRSA xmlns:caf=\"urn:caf\" a='x>y' b=\"1\"><NUMDEMRSA>B1</NUMDEMRSA>"
            + "<MATRICULE> 7654321 </MATRICULE><ETATDOSRSA>2</ETATDOSRSA>"
            + "<NOTE><![CDATA[</caf:InfosFoyerRSA><InfosFoyerRSA>]]></NOTE><VIDE/>"
            + "<InfosFoyerRSA><NUMDEMRSA>nested</NUMDEMRSA></InfosFoyerRSA>"
            + "<!-- </caf:InfosFoyerRSA> -->"
            + claimant()
            + "</caf:InfosFoyerRSA >\n";
    byte[] bytes =
        flow(LATIN1, StandardCharsets.ISO_8859_1, household("A1", "", claimant()), tricky);
    sameAsTheReader(bytes);
    assertThat(scan(bytes).households()).hasSize(2);
  }

  @Test
  void theDigestIsTheHouseholdsBytesWhereverTheyAre() throws Exception {
    String a = household("A1", "", claimant());
    String b = household("B1", "", claimant());
    String c = household("C1", "<NOMCOM>GAP</NOMCOM>", claimant());
    Scan one = scan(flow(UTF8, StandardCharsets.UTF_8, a, b));
    Scan two = scan(flow(UTF8, StandardCharsets.UTF_8, c, b, a));
    Scan latin = scan(flow(LATIN1, StandardCharsets.ISO_8859_1, a, b));
    assertThat(one.households().get(1).digest()).isEqualTo(two.households().get(1).digest());
    assertThat(one.households().get(0).digest()).isEqualTo(two.households().get(2).digest());
    assertThat(one.households().get(0).digest()).isNotEqualTo(one.households().get(1).digest());
    assertThat(two.households().get(0).digest()).isNotEqualTo(one.households().get(0).digest());
    assertThat(latin.households().get(0).digest())
        .as("the same bytes say something else in another encoding")
        .isNotEqualTo(one.households().get(0).digest());
  }

  @Test
  void whatTheScanCannotVouchForIsLeftToTheReader() {
    String body = household("A1", "", claimant()) + household("A2", "", claimant());
    String whole = new String(flow(UTF8, StandardCharsets.UTF_8, body), StandardCharsets.UTF_8);
    List<byte[]> unsure =
        List.of(
            whole.getBytes(StandardCharsets.UTF_16),
            whole.replace("<Flux>", "<!DOCTYPE Flux><Flux>").getBytes(StandardCharsets.UTF_8),
            whole.substring(0, whole.indexOf("<NUMDEMRSA>A2") + 5).getBytes(StandardCharsets.UTF_8),
            whole.replace("</DTCREAFLUX>", "</DTCREA>").getBytes(StandardCharsets.UTF_8),
            whole.replace("<Flux>", "texte<Flux>").getBytes(StandardCharsets.UTF_8),
            (whole + "<Flux></Flux>").getBytes(StandardCharsets.UTF_8),
            whole.replace("2026-11-30", "2026&#45;11-30").getBytes(StandardCharsets.UTF_8),
            whole.replace("<Flux>", "<Flux é='1'>").getBytes(StandardCharsets.UTF_8),
            whole
                .replace("<Flux>", "<Flux><?xml version=\"1.0\"?>")
                .getBytes(StandardCharsets.UTF_8),
            whole.replace("UTF-8", "EBCDIC-CP-FR").getBytes(StandardCharsets.UTF_8));
    for (byte[] bytes : unsure) {
      assertThatThrownBy(() -> scan(bytes))
          .as(new String(bytes, StandardCharsets.ISO_8859_1))
          .isInstanceOf(FlowScan.Unsure.class);
    }
  }

  /**
   * Flows altered at random (markup inserted between or inside elements, bytes cut out, a household
   * repeated): whenever the scan vouches for a file the parser reads whole, both find the same
   * households and note the same elements; and a reading that asks for every household gives
   * exactly the parser's households, and its failure where it has one.
   */
  @Test
  void alteredFlowsNeverMakeTheScanDisagreeWithTheParser() throws Exception {
    java.util.Random random = new java.util.Random(20261207);
    String[] snippets = {
      "<!-- <InfosFoyerRSA> -->",
      "<?pi </InfosFoyerRSA>?>",
      "<![CDATA[</InfosFoyerRSA>]]>",
      "<X a=\"</InfosFoyerRSA>\"/>",
      "<InfosFoyerRSA>",
      "</InfosFoyerRSA>",
      "<Personne>",
      "texte",
      "&amp;",
      "&inconnu;",
      "<!DOCTYPE x>",
      "<ZONE>1</ZONE>",
      "é",
      "\r\n",
      "<?xml version=\"1.0\"?>",
      "<p:InfosFoyerRSA></p:InfosFoyerRSA>"
    };
    int vouched = 0;
    for (int i = 0; i < 1_000; i++) {
      String text = new String(generated(1 + random.nextInt(6), i), StandardCharsets.ISO_8859_1);
      for (int change = random.nextInt(3); change >= 0; change--) {
        int at = random.nextInt(text.length());
        text =
            switch (random.nextInt(3)) {
              case 0 ->
                  text.substring(0, at)
                      + snippets[random.nextInt(snippets.length)]
                      + text.substring(at);
              case 1 ->
                  text.substring(0, at)
                      + text.substring(Math.min(text.length(), at + 1 + random.nextInt(40)));
              default -> {
                int start = text.indexOf("<InfosFoyerRSA>");
                int end = text.indexOf("</InfosFoyerRSA>", start) + 16;
                yield start < 0 || end < 16
                    ? text
                    : text.substring(0, end) + text.substring(start, end) + text.substring(end);
              }
            };
      }
      byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
      CafFlowTrapsTest.Stopped parsed = CafFlowTrapsTest.readUntilStopped(bytes);
      Scan scan = null;
      try {
        scan = scan(bytes);
      } catch (FlowScan.Unsure e) {
        // left to the parser
      }
      if (scan != null && parsed.error() == null) {
        vouched++;
        assertThat(scan.households()).as(text).hasSameSizeAs(parsed.read());
        try (CafFlowReader r = new CafFlowReader(new ByteArrayInputStream(bytes))) {
          CafFlowReaderTest.all(r);
          assertThat(scan.unread()).as(text).containsExactlyEntriesOf(r.unreadElements());
        }
      }
      Read read = reading(bytes);
      assertThat(read.households()).as(text).isEqualTo(parsed.read());
      assertThat(read.error() == null ? null : read.error().getMessage())
          .as(text)
          .isEqualTo(parsed.error() == null ? null : parsed.error().getMessage());
    }
    assertThat(vouched).as("files the scan vouched for").isGreaterThan(100);
  }

  // --- the reading that uses it

  private static FlowPrints prints() throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(new byte[32], "HmacSHA256"));
    return new FlowPrints(new RowPrints(mac, "test"), LocalDate.of(2026, 11, 30));
  }

  /** Every household of a reading, parsed, with its digest; the failure where it stops. */
  record Read(List<FlowHousehold> households, List<byte[]> digests, FlowUnreadable error) {}

  private static Read reading(byte[] bytes) throws Exception {
    List<FlowHousehold> households = new ArrayList<>();
    List<byte[]> digests = new ArrayList<>();
    FlowUnreadable error = null;
    try (FlowReading r =
        new FlowReading(() -> new ByteArrayInputStream(bytes), FlowNames.caf(), prints())) {
      while (r.next()) {
        households.add(r.household());
        digests.add(r.digest());
      }
    } catch (FlowUnreadable e) {
      error = e;
    }
    return new Read(households, digests, error);
  }

  @Test
  void aReadingParsesOnlyWhatIsAskedAndGivesTheReadersHouseholds() throws Exception {
    byte[] bytes = generated(500, 7);
    List<FlowHousehold> expected = read(bytes);
    Read r = reading(bytes);
    assertThat(r.error()).isNull();
    assertThat(r.households()).isEqualTo(expected);
    assertThat(r.digests()).allMatch(d -> d != null && d.length == 16);
    // every other household asked for: the parser reads the others without building them
    List<FlowHousehold> some = new ArrayList<>();
    try (FlowReading reading =
        new FlowReading(() -> new ByteArrayInputStream(bytes), FlowNames.caf(), prints())) {
      while (reading.next()) {
        if (reading.ordinal() % 2 == 0) {
          some.add(reading.household());
        }
      }
    }
    assertThat(some).isEqualTo(expected.stream().filter(h -> h.ordinal() % 2 == 0).toList());
  }

  @Test
  void aTruncatedFileIsReadToWhereItStopsAndSaidAsTheReaderSaysIt() throws Exception {
    byte[] cut = CafFlowTrapsTest.cutInTheThirdHousehold();
    Read r = reading(cut);
    CafFlowTrapsTest.Stopped expected = CafFlowTrapsTest.readUntilStopped(cut);
    assertThat(r.households()).isEqualTo(expected.read());
    assertThat(r.digests()).allMatch(d -> d != null);
    assertThat(r.error()).hasMessage(expected.error().getMessage());
    assertThat(r.error().lastHousehold()).isEqualTo(2);
  }

  @Test
  void aFileTheScanCannotReadIsReadByTheParserWithoutDigests() throws Exception {
    byte[] utf16 =
        new String(
                flow(
                    UTF8,
                    StandardCharsets.UTF_8,
                    household("A1", "", claimant()),
                    household("A2", "", claimant())),
                StandardCharsets.UTF_8)
            .replace("UTF-8", "UTF-16")
            .getBytes(StandardCharsets.UTF_16);
    Read r = reading(utf16);
    assertThat(r.error()).isNull();
    assertThat(r.households()).isEqualTo(read(utf16)).hasSize(2);
    assertThat(r.digests()).containsOnlyNulls();
  }

  @Test
  void aHouseholdFoundByItsBytesIsNotParsed() throws Exception {
    byte[] bytes = generated(2_000, 11);
    FlowPrints prints = prints();
    FlowStaging staging =
        new FlowStaging(
                CafScopeRule.WEBRSA,
                fr.aiguillage.tenancy.TenantCode.of("08"),
                LocalDate.of(2026, 12, 1),
                n -> new fr.aiguillage.beneficiary.ProtectedNir("c", "h-" + n.value()))
            .printing(prints);
    PrintSet known = new PrintSet();
    int skippable = 0;
    int skippablePeople = 0;
    try (FlowReading first =
        new FlowReading(() -> new ByteArrayInputStream(bytes), FlowNames.caf(), prints)) {
      while (first.next()) {
        List<RowPrints.Print> p = staging.prints(first.household(), first.digest());
        if (!p.isEmpty() && p.stream().allMatch(x -> x.fingerprint() != null)) {
          skippable++;
          skippablePeople += p.size();
          p.forEach(x -> known.add(x.fingerprint()));
        }
      }
    }
    assertThat(skippable).as("most households are followed whole").isGreaterThan(1_000);
    List<RowPrints.Print> sent = new ArrayList<>();
    int found = 0;
    try (FlowReading again =
        new FlowReading(() -> new ByteArrayInputStream(bytes), FlowNames.caf(), prints)) {
      while (again.next()) {
        if (prints.found(again.ordinal(), again.digest(), known, sent::add)) {
          found++;
        } else {
          staging.prints(again.household(), again.digest()).forEach(sent::add);
        }
      }
      assertThat(found).isEqualTo(skippable);
      assertThat(again.parsed()).isEqualTo(2_000 - skippable);
    }
    // the rows sent are those the parsed households would have sent, those found claimed
    List<RowPrints.Print> expected = new ArrayList<>();
    try (FlowReading parsed =
        new FlowReading(() -> new ByteArrayInputStream(bytes), FlowNames.caf(), prints)) {
      while (parsed.next()) {
        expected.addAll(staging.prints(parsed.household(), parsed.digest()));
      }
    }
    assertThat(sent)
        .extracting(p -> p.row() + "/" + p.group() + "/" + Arrays.toString(p.fingerprint()))
        .containsExactlyElementsOf(
            expected.stream()
                .map(p -> p.row() + "/" + p.group() + "/" + Arrays.toString(p.fingerprint()))
                .toList());
    assertThat(sent).filteredOn(RowPrints.Print::claimed).hasSize(skippablePeople);
    for (RowPrints.Print p : sent) {
      if (p.claimed()) {
        assertThat(known.claimedBy(p.fingerprint())).isEqualTo(p.row());
      }
    }
  }

  @Test
  void aSecondHouseholdOfTheSameBytesIsParsed() throws Exception {
    String a = household("A1", "", claimant());
    byte[] bytes = flow(UTF8, StandardCharsets.UTF_8, a, a);
    FlowPrints prints = prints();
    PrintSet known = new PrintSet();
    try (FlowReading first =
        new FlowReading(() -> new ByteArrayInputStream(bytes), FlowNames.caf(), prints)) {
      first.next();
      known.add(prints.person(first.digest(), false, 1, false));
    }
    List<RowPrints.Print> sent = new ArrayList<>();
    try (FlowReading again =
        new FlowReading(() -> new ByteArrayInputStream(bytes), FlowNames.caf(), prints)) {
      assertThat(again.next()).isTrue();
      assertThat(prints.found(again.ordinal(), again.digest(), known, sent::add)).isTrue();
      assertThat(again.next()).isTrue();
      assertThat(prints.found(again.ordinal(), again.digest(), known, sent::add))
          .as("claimed by the first")
          .isFalse();
    }
    assertThat(sent).extracting(RowPrints.Print::row).containsExactly(FlowRows.row(1, false));
  }

  @Test
  void theFilesDigestIsTheWholeFilesWhoeverReadIt() throws Exception {
    byte[] latin1 = generated(50, 3);
    byte[] utf16 =
        new String(latin1, StandardCharsets.ISO_8859_1)
            .replace("ISO-8859-1", "UTF-16")
            .getBytes(StandardCharsets.UTF_16);
    for (byte[] bytes : List.of(latin1, utf16)) {
      try (FlowReading r =
          new FlowReading(() -> new ByteArrayInputStream(bytes), FlowNames.caf(), prints())) {
        // the first households only: the rest is read for the digest
        r.next();
        r.household();
        assertThat(r.sha256())
            .isEqualTo(
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
      }
    }
  }

  @Test
  void personPrintsTellClaimantFromSpouseCoupleFromSingleAndEntrantsByDate() throws Exception {
    FlowPrints p = prints();
    byte[] d = new byte[16];
    Arrays.fill(d, (byte) 7);
    List<String> all = new ArrayList<>();
    for (boolean spouse : new boolean[] {false, true}) {
      for (int people = 1; people <= 2; people++) {
        for (boolean entrant : new boolean[] {false, true}) {
          all.add(HexFormat.of().formatHex(p.person(d, spouse, people, entrant)));
        }
      }
    }
    assertThat(all).doesNotHaveDuplicates().hasSize(8);
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(new byte[32], "HmacSHA256"));
    FlowPrints nextMonth = new FlowPrints(new RowPrints(mac, "test"), LocalDate.of(2026, 12, 31));
    assertThat(nextMonth.person(d, false, 1, false)).isEqualTo(p.person(d, false, 1, false));
    assertThat(nextMonth.person(d, false, 1, true)).isNotEqualTo(p.person(d, false, 1, true));
    assertThat(p.person(null, false, 1, false)).isNull();
  }
}
