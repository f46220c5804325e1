package fr.aiguillage.intake;

import static fr.aiguillage.intake.CafFlowReaderTest.all;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each trap of a CAF flow, with the message and where it is. */
class CafFlowTrapsTest {
  private static final String UTF8 = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  private static final String LATIN1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n";

  static String person(String role, String lastName, String firstNames, String birth, String more) {
    return "<Personne><NOM>"
        + lastName
        + "</NOM><PRENOM>"
        + firstNames
        + "</PRENOM><DTNAI>"
        + birth
        + "</DTNAI><SEXE>2</SEXE><ROLEPERS>"
        + role
        + "</ROLEPERS>"
        + more
        + "</Personne>";
  }

  static String claimant() {
    return person("DEM", "MARTIN", "Léa", "1990-01-01", "<TOPPERSDRODEVORSA>1</TOPPERSDRODEVORSA>");
  }

  static String household(String claim, String more, String... persons) {
    return "<InfosFoyerRSA><NUMDEMRSA>"
        + claim
        + "</NUMDEMRSA><MATRICULE>1234567</MATRICULE><ETATDOSRSA>2</ETATDOSRSA>"
        + more
        + String.join("", persons)
        + "</InfosFoyerRSA>\n";
  }

  static byte[] flow(String prolog, Charset charset, String... households) {
    return (prolog
            + "<Flux>\n"
            + String.join("", households)
            + "<IdentificationFlux><DTCREAFLUX>2026-11-30</DTCREAFLUX></IdentificationFlux>\n"
            + "</Flux>\n")
        .getBytes(charset);
  }

  /** The single household of a flow. */
  static FlowHousehold only(String... persons) {
    return withHousehold("", persons);
  }

  /** {@code more}: the household's own elements. */
  static FlowHousehold withHousehold(String more, String... persons) {
    try (CafFlowReader r =
        new CafFlowReader(
            new ByteArrayInputStream(
                flow(UTF8, StandardCharsets.UTF_8, household("A1", more, persons))))) {
      List<FlowHousehold> read = all(r);
      assertThat(read).hasSize(1);
      return read.get(0);
    }
  }

  /** What a flow gives before it becomes unreadable, and the error. */
  record Stopped(List<FlowHousehold> read, FlowUnreadable error) {}

  static Stopped readUntilStopped(byte[] bytes) {
    List<FlowHousehold> read = new ArrayList<>();
    FlowUnreadable error =
        catchThrowableOfType(
            () -> {
              try (CafFlowReader r = new CafFlowReader(new ByteArrayInputStream(bytes))) {
                FlowHousehold h;
                while ((h = r.next()) != null) {
                  read.add(h);
                }
              }
            },
            FlowUnreadable.class);
    return new Stopped(read, error);
  }

  @Test
  void declaredUtf8WithLatin1BytesStopsAtTheLineWithTheHouseholdsBeforeRead() {
    byte[] bytes =
        flow(
            UTF8,
            StandardCharsets.ISO_8859_1,
            household("A1", "", person("DEM", "MARTIN", "Paul", "1990-01-01", "")),
            household("A2", "", person("DEM", "MARTIN", "Hélène", "1990-01-01", "")),
            household("A3", "", person("DEM", "MARTIN", "Paul", "1990-01-01", "")));
    Stopped s = readUntilStopped(bytes);
    assertThat(s.read()).extracting(FlowHousehold::claimNumber).containsExactly("A1");
    // the parser's column: é is the 133rd character of line 4, the parser says where it stood
    assertThat(s.error())
        .hasMessage(
            "Ligne 4, colonne 132 : caractère invalide pour l'encodage « UTF-8 » que déclare"
                + " l'en-tête du fichier ; le fichier est sans doute dans un autre encodage"
                + " (ISO-8859-1 ?) : demandez un fichier dont l'en-tête déclare le bon."
                + " Lecture arrêtée après le foyer n° 1 : la suite n'est pas lue.");
    assertThat(s.error().line()).isEqualTo(4);
    assertThat(s.error().lastHousehold()).isEqualTo(1);
  }

  @Test
  void noDeclarationAndLatin1BytesSaysTheFileIsReadAsUtf8() {
    byte[] bytes =
        flow(
            "",
            StandardCharsets.ISO_8859_1,
            household("A1", "", person("DEM", "MARTIN", "Zoé", "1990-01-01", "")));
    Stopped s = readUntilStopped(bytes);
    assertThat(s.read()).isEmpty();
    assertThat(s.error())
        .hasMessage(
            "Ligne 2, colonne 134 : caractère invalide en UTF-8. Le fichier ne déclare pas son"
                + " encodage, il est donc lu en UTF-8 ; il est sans doute en ISO-8859-1 : il doit"
                + " commencer par <?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>."
                + " Aucun foyer n'a été lu.");
  }

  @Test
  void declaredLatin1WithUtf8TextIsAProblemOnEachHouseholdConcerned() {
    byte[] bytes =
        flow(
            LATIN1,
            StandardCharsets.UTF_8,
            household("A1", "", claimant()),
            household(
                "A2",
                "<NOMCOM>SAINT-ÉTIENNE</NOMCOM>",
                person("DEM", "MARTIN", "Hélène", "1990-01-01", "")));
    try (CafFlowReader r = new CafFlowReader(new ByteArrayInputStream(bytes))) {
      List<FlowHousehold> read = all(r);
      assertThat(read.get(0).problems())
          .as("Léa read as Latin-1 shows as LÃ©a")
          .containsExactly(new Problem(1, "Foyer A1, personne 1 (DEM) — PRENOM", garbled("Ã©")));
      assertThat(read.get(1).problems())
          .containsExactly(
              new Problem(2, "Foyer A2 — NOMCOM", garbled("Ã\u0089")),
              new Problem(2, "Foyer A2, personne 1 (DEM) — PRENOM", garbled("Ã©")));
      assertThat(read).allMatch(FlowHousehold::rejected);
    }
  }

  @Test
  void declaredLatin1WithWindows1252QuotesIsAProblemNamingWindows1252() {
    byte[] bytes =
        flow(
            LATIN1,
            Charset.forName("windows-1252"),
            household("A1", "", person("DEM", "L’HOMME", "Paul", "1990-01-01", "")));
    try (CafFlowReader r = new CafFlowReader(new ByteArrayInputStream(bytes))) {
      assertThat(r.next().problems())
          .containsExactly(
              new Problem(
                  1,
                  "Foyer A1, personne 1 (DEM) — NOM",
                  "Caractère de contrôle U+0092 : le fichier, lu en « ISO-8859-1 » comme le"
                      + " déclare son en-tête, est sans doute en Windows-1252 (apostrophe ou"
                      + " guillemet de traitement de texte) : demandez un fichier dont l'en-tête"
                      + " déclare le bon encodage."));
    }
  }

  private static String garbled(String chars) {
    return "Caractères « "
        + chars.replace('\u0089', ' ')
        + " » : du texte UTF-8 lu comme du Latin-1 ; le fichier, lu en « ISO-8859-1 » comme le"
        + " déclare son en-tête, est sans doute en UTF-8 : demandez un fichier dont l'en-tête"
        + " déclare le bon encodage.";
  }

  /** Three households, the file cut inside the third. */
  static byte[] cutInTheThirdHousehold() {
    String whole =
        new String(
            flow(
                UTF8,
                StandardCharsets.UTF_8,
                household("A1", "", claimant()),
                household("A2", "", claimant()),
                household("A3", "", claimant())),
            StandardCharsets.UTF_8);
    byte[] cut =
        whole.substring(0, whole.indexOf("<NUMDEMRSA>A3") + 20).getBytes(StandardCharsets.UTF_8);
    return cut;
  }

  @Test
  void aTruncatedFileGivesTheHouseholdsReadThenWhereItStops() {
    byte[] cut = cutInTheThirdHousehold();
    Stopped s = readUntilStopped(cut);
    assertThat(s.read()).extracting(FlowHousehold::claimNumber).containsExactly("A1", "A2");
    assertThat(s.error())
        .hasMessage(
            "Ligne 5, colonne 31 : le fichier s'arrête au milieu d'un élément ou en laisse un"
                + " ouvert (fichier tronqué ?). Lecture arrêtée après le foyer n° 2 : la suite"
                + " n'est pas lue.");
    assertThat(s.error().lastHousehold()).isEqualTo(2);
  }

  @Test
  void anEmptyFileIsNotAFlow() {
    Stopped s = readUntilStopped(new byte[0]);
    assertThat(s.error())
        .hasMessage(
            "Ligne 1, colonne 1 : le fichier est vide ou n'est pas un fichier XML. Aucun foyer"
                + " n'a été lu.");
  }

  @Test
  void unknownElementsAreNoErrorAndAtMostFiftyNamesAreKept() {
    StringBuilder many = new StringBuilder();
    for (int i = 1; i <= 60; i++) {
      many.append("<ZONE").append(i).append(">x</ZONE").append(i).append('>');
    }
    byte[] bytes =
        flow(
            UTF8,
            StandardCharsets.UTF_8,
            household("A1", "<DTDEMRMI>2008-01-01</DTDEMRMI>", claimant()),
            household("A2", "<DTDEMRMI>2008-01-01</DTDEMRMI>" + many, claimant()));
    try (CafFlowReader r = new CafFlowReader(new ByteArrayInputStream(bytes))) {
      List<FlowHousehold> read = all(r);
      assertThat(read).allMatch(h -> h.problems().isEmpty());
      assertThat(r.unreadElements()).hasSize(50).containsEntry("DTDEMRMI", 1);
      assertThat(r.unreadElements()).containsEntry("ZONE1", 2).containsEntry("ZONE49", 2);
      assertThat(r.unreadElements()).doesNotContainKey("ZONE50");
      assertThat(r.moreUnreadElements()).isTrue();
    }
  }

  @Test
  void aMissingClaimNumberOrAnInvalidCafNumberRejectsTheHousehold() {
    byte[] bytes =
        flow(
            UTF8,
            StandardCharsets.UTF_8,
            household("A1", "", claimant())
                .replace("<NUMDEMRSA>A1</NUMDEMRSA>", "")
                .replace("1234567", "MSA 12-AB"));
    try (CafFlowReader r = new CafFlowReader(new ByteArrayInputStream(bytes))) {
      FlowHousehold h = r.next();
      assertThat(h.problems())
          .containsExactly(
              new Problem(1, "Foyer — NUMDEMRSA", "Numéro de demande RSA absent."),
              new Problem(
                  1,
                  "Foyer — MATRICULE",
                  "Le numéro allocataire CAF/MSA doit comporter de 7 à 13 chiffres, sans espace ni"
                      + " lettre."));
      assertThat(h.rejected()).isTrue();
    }
  }

  @Test
  void moreThanFiftyPersonsAreNotHeldAndRejectTheHousehold() {
    String[] persons = new String[51];
    persons[0] = claimant();
    for (int i = 1; i < persons.length; i++) {
      persons[i] = person("ENF", "MARTIN", "Enfant " + i, "2015-01-01", "");
    }
    FlowHousehold h = only(persons);
    assertThat(h.persons()).hasSize(50);
    assertThat(h.problems())
        .containsExactly(
            new Problem(1, "Foyer A1", "Plus de 50 personnes dans le foyer : foyer rejeté."));
    assertThat(h.rejected()).isTrue();
  }

  @Test
  void aHouseholdWithoutClaimantIsRejected() {
    FlowHousehold h = only(person("CJT", "MARTIN", "Paul", "1990-01-01", ""));
    assertThat(h.problems())
        .containsExactly(
            new Problem(
                1,
                "Foyer A1",
                "Foyer sans demandeur (aucune personne au rôle DEM) : foyer rejeté."));
    assertThat(h.rejected()).isTrue();
  }

  @Test
  void twoClaimantsAreRejected() {
    FlowHousehold h = only(claimant(), person("DEM", "DURAND", "Paul", "1980-01-01", ""));
    assertThat(h.problems())
        .containsExactly(
            new Problem(
                1,
                "Foyer A1",
                "Plusieurs demandeurs (DEM) dans le foyer, personnes 1, 2 : foyer rejeté."));
    assertThat(h.rejected()).isTrue();
  }

  @Test
  void aPersonTwiceByNirRejectsTheHousehold() {
    String nir = "<NIR>285057505612338</NIR>";
    FlowHousehold h =
        only(
            person("DEM", "MARTIN", "Léa", "1985-05-12", nir),
            person("CJT", "MARTINE", "Léa", "1985-05-12", nir));
    assertThat(h.problems())
        .containsExactly(
            new Problem(
                1,
                "Foyer A1",
                "La personne 2 est la même que la personne 1 (même NIR) : foyer rejeté."));
    assertThat(h.rejected()).isTrue();
  }

  @Test
  void aPersonTwiceByNamesAndBirthDateRejectsTheHousehold() {
    FlowHousehold h = only(claimant(), person("ENF", "Martin", "LEA", "01/01/1990", ""));
    assertThat(h.problems())
        .containsExactly(
            new Problem(
                1,
                "Foyer A1",
                "La personne 2 est la même que la personne 1 (mêmes nom, prénoms et date de"
                    + " naissance) : foyer rejeté."));
    assertThat(h.rejected()).isTrue();
  }

  @Test
  void anImpossibleBirthDateOfTheClaimantRejectsButAChildsDoesNot() {
    FlowHousehold claimant = only(person("DEM", "MARTIN", "Léa", "2025-02-30", ""));
    assertThat(claimant.problems())
        .containsExactly(
            new Problem(
                1,
                "Foyer A1, personne 1 (DEM) — DTNAI",
                "Date de naissance impossible : « 2025-02-30 » n'existe pas."));
    assertThat(claimant.rejected()).isTrue();
    assertThat(claimant.persons().get(0).birthDate()).isNull();

    FlowHousehold child =
        withHousehold(
            "<DTDEMRSA>31/04/2024</DTDEMRSA>",
            claimant(),
            person("ENF", "MARTIN", "Zoé", "31/04/2024", ""));
    assertThat(child.problems())
        .containsExactly(
            new Problem(
                1,
                "Foyer A1 — DTDEMRSA",
                "Date de demande RSA impossible : « 31/04/2024 » n'existe pas."),
            new Problem(
                1,
                "Foyer A1, personne 2 (ENF) — DTNAI",
                "Date de naissance impossible : « 31/04/2024 » n'existe pas."));
    assertThat(child.rejected()).as("the claim date is the household's").isTrue();

    FlowHousehold onlyChild = only(claimant(), person("ENF", "MARTIN", "Zoé", "2024-13-01", ""));
    assertThat(onlyChild.problems())
        .containsExactly(
            new Problem(
                1,
                "Foyer A1, personne 2 (ENF) — DTNAI",
                "Date de naissance illisible : « 2024-13-01 » n'existe pas."
                    .replace("illisible", "impossible")));
    assertThat(onlyChild.rejected()).as("a child's problem is reported, not rejecting").isFalse();
    assertThat(onlyChild.children()).isEqualTo(1);
  }

  @Test
  void aNirWhoseKeyFailsIsAProblemWithoutTheNumber() {
    FlowHousehold h =
        only(person("DEM", "MARTIN", "Léa", "1985-05-12", "<NIR>285057505612339</NIR>"));
    assertThat(h.problems())
        .containsExactly(
            new Problem(
                1,
                "Foyer A1, personne 1 (DEM) — NIR",
                "La clé du NIR ne correspond pas aux 13 premiers caractères : vérifiez la saisie."));
    assertThat(h.problems().get(0).message()).doesNotContain("2850575056123");
    assertThat(h.rejected()).isTrue();
  }

  @Test
  void aStateOutsideZeroToSixIsAProblem() {
    byte[] bytes =
        flow(
            UTF8,
            StandardCharsets.UTF_8,
            household("A1", "", claimant()).replace("<ETATDOSRSA>2<", "<ETATDOSRSA>9<"));
    try (CafFlowReader r = new CafFlowReader(new ByteArrayInputStream(bytes))) {
      FlowHousehold h = r.next();
      assertThat(h.problems())
          .containsExactly(
              new Problem(
                  1,
                  "Foyer A1 — ETATDOSRSA",
                  "État du dossier « 9 » inconnu : de 0 (nouvelle demande) à 6 (droit clos sur un"
                      + " mois antérieur)."));
      assertThat(h.state()).isNull();
      assertThat(h.rejected()).isTrue();
    }
  }

  @Test
  void anUnknownRoleIsAProblemThatRejects() {
    FlowHousehold h = only(claimant(), person("XYZ", "MARTIN", "Paul", "1980-01-01", ""));
    assertThat(h.problems())
        .containsExactly(
            new Problem(
                1,
                "Foyer A1, personne 2 (XYZ) — ROLEPERS",
                "Rôle « XYZ » inconnu : DEM (demandeur), CJT (conjoint), ENF (enfant), AUT (autre)"
                    + " ou RDO (responsable du dossier)."));
    assertThat(h.rejected()).as("who it is cannot be known").isTrue();
  }

  @Test
  void rightsAndDutiesMustBeZeroOrOne() {
    FlowHousehold h =
        only(
            person(
                "DEM", "MARTIN", "Léa", "1990-01-01", "<TOPPERSDRODEVORSA>2</TOPPERSDRODEVORSA>"));
    assertThat(h.problems())
        .containsExactly(
            new Problem(
                1,
                "Foyer A1, personne 1 (DEM) — TOPPERSDRODEVORSA",
                "Valeur « 2 » inconnue : 1 (oui) ou 0 (non)."));
    assertThat(h.persons().get(0).rightsAndDuties()).isNull();
    assertThat(h.rejected()).isTrue();
  }

  @Test
  void textLongerThanItsColumnOrWithAControlCharacterIsAProblem() {
    FlowHousehold h =
        withHousehold(
            "<NOMCOM>" + "A".repeat(121) + "</NOMCOM>",
            person("DEM", "MAR\tTIN", "Léa", "1990-01-01", ""),
            person("ENF", "MARTIN", "É".repeat(151), "2015-01-01", ""));
    assertThat(h.problems())
        .containsExactly(
            new Problem(
                1, "Foyer A1 — NOMCOM", "Texte trop long : 120 caractères au plus (ici 121)."),
            new Problem(
                1,
                "Foyer A1, personne 1 (DEM) — NOM",
                "Ce texte contient un caractère de contrôle invisible (tabulation, retour à la"
                    + " ligne, caractère nul…) : retirez-le."),
            new Problem(
                1,
                "Foyer A1, personne 2 (ENF) — PRENOM",
                "Texte trop long : 150 caractères au plus (ici 151)."));
    assertThat(h.address().communeName()).isNull();
    assertThat(h.rejected()).isTrue();
  }

  @Test
  void aDoctypeIsRefusedAndItsEntityNeverRead(@TempDir Path dir) throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "SECRET-42");
    byte[] bytes =
        (UTF8
                + "<!DOCTYPE Flux [<!ENTITY x SYSTEM \""
                + secret.toUri()
                + "\">]>\n<Flux>"
                + household("A1", "<NOMCOM>&x;</NOMCOM>", claimant())
                + "</Flux>")
            .getBytes(StandardCharsets.UTF_8);
    Stopped s = readUntilStopped(bytes);
    assertThat(s.read()).isEmpty();
    assertThat(s.error())
        .hasMessage(
            "Ligne 2 : le fichier contient une déclaration DOCTYPE, refusée par sécurité (un flux"
                + " CAF n'en a pas besoin) ; rien de ce qu'elle déclare n'a été lu.")
        .hasMessageNotContaining("SECRET");
  }

  @Test
  void aMissingOrImpossibleFlowDateIsOnTheHeader() {
    byte[] noDate =
        (UTF8
                + "<Flux><IdentificationFlux><HEUCREAFLUX>25:00</HEUCREAFLUX></IdentificationFlux>"
                + household("A1", "", claimant())
                + "</Flux>")
            .getBytes(StandardCharsets.UTF_8);
    try (CafFlowReader r = new CafFlowReader(new ByteArrayInputStream(noDate))) {
      all(r);
      assertThat(r.header().flowDate()).isEmpty();
      assertThat(r.header().problems())
          .containsExactly(
              new Problem(
                  0,
                  "IdentificationFlux — DTCREAFLUX",
                  "Date du flux absente : le flux ne peut pas être daté."),
              new Problem(
                  0,
                  "IdentificationFlux — HEUCREAFLUX",
                  "Heure du flux illisible : « 25:00 » ; attendu HH:MM:SS."));
    }
    byte[] impossible = flow(UTF8, StandardCharsets.UTF_8).clone();
    String text =
        new String(impossible, StandardCharsets.UTF_8).replace("2026-11-30", "2026-02-30");
    try (CafFlowReader r =
        new CafFlowReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
      assertThat(all(r)).isEmpty();
      assertThat(r.header().problems())
          .containsExactly(
              new Problem(
                  0,
                  "IdentificationFlux — DTCREAFLUX",
                  "Date du flux illisible ou impossible : « 2026-02-30 »."));
    }
  }
}
