package fr.aiguillage.intake;

import fr.aiguillage.intake.FlowNames.Element;
import fr.aiguillage.shared.Text;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The CNAF monthly beneficiaries flow (XML), streamed: one household in memory at a time, whatever
 * the file's size. Each {@code InfosFoyerRSA} is a household, each {@code Personne} in it a person,
 * and the elements of {@link FlowNames} are found by their local name anywhere inside them (the
 * hierarchy between them varies between CAF versions; namespace prefixes are ignored). Elements the
 * platform does not read are no error: the first {@value #MAX_UNREAD} names are kept for the run's
 * report ({@link #unreadElements()}).
 *
 * <p>Read from bytes, so that the parser honours the encoding the prolog declares (UTF-8 when there
 * is none). A byte the encoding does not allow stops the reading ({@link FlowUnreadable}, with the
 * line and a French explanation); text that is UTF-8 read as Latin-1 ({@code Ã©}) is a problem on
 * each household where it shows, which rejects it if it touches the household or its claimant or
 * spouse (the caller can tell a whole file from the count).
 *
 * <p>A DOCTYPE is refused, never expanded (no DTD, no external entity). A file that ends inside a
 * household, or is not well-formed, gives the households read before it, then {@link
 * FlowUnreadable}.
 */
final class CafFlowReader implements AutoCloseable {
  static final int MAX_UNREAD = UnreadElements.MAX;
  // values longer than any column are cut here (and still reported as too long): bounded memory
  private static final int MAX_TEXT = 10_000;

  private final InputStream in;
  private final FlowNames names;
  private final XMLStreamReader xml;
  private final String declaredEncoding;
  private final UnreadElements unread = new UnreadElements();

  private String flowDate;
  private String flowTime;
  private boolean started;
  private boolean ended;
  private FlowUnreadable failure;

  private int depth;
  private int householdDepth = -1;
  private int personDepth = -1;
  private int flowIdDepth = -1;
  private int households;
  private int lastHousehold;
  private FlowHouseholdDraft draft;
  // households read without being built (FlowReading: those found by their bytes)
  private boolean skimming;
  private FlowHousehold built;
  // the element whose text is being read, until a child element shows it is not a leaf
  private String leaf;
  private final StringBuilder text = new StringBuilder();

  CafFlowReader(InputStream in) {
    this(in, FlowNames.caf());
  }

  /** Reads the prolog; a DOCTYPE or an unknown encoding is refused at once. */
  CafFlowReader(InputStream in, FlowNames names) {
    this.in = in;
    this.names = names;
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    try {
      xml = f.createXMLStreamReader(in);
    } catch (XMLStreamException e) {
      throw unreadable(e, null);
    }
    declaredEncoding = xml.getCharacterEncodingScheme();
  }

  /**
   * The flow's date and time, read up to the first household. If the identification comes after the
   * households, it is known once {@link #next()} has returned null.
   */
  FlowHeader header() {
    if (!started) {
      read(true);
    }
    List<Problem> problems = new ArrayList<>();
    String dateColumn =
        names.name(Element.FLOW_IDENTIFICATION) + " — " + names.name(Element.FLOW_DATE);
    LocalDate date = null;
    if (flowDate == null) {
      problems.add(
          new Problem(0, dateColumn, "Date du flux absente : le flux ne peut pas être daté."));
    } else {
      try {
        date = IntakeDates.parse(flowDate).orElse(null);
      } catch (IllegalArgumentException e) {
        problems.add(
            new Problem(
                0,
                dateColumn,
                "Date du flux illisible ou impossible : « "
                    + Text.printable(flowDate, 20)
                    + " »."));
      }
    }
    return new FlowHeader(date, time(problems), problems);
  }

  /** The next household, or null at the end; {@link FlowUnreadable} if the rest is unreadable. */
  FlowHousehold next() {
    return read(false) ? built : null;
  }

  /**
   * Reads the next household without building it (elements not read are still noted): its ordinal,
   * or 0 at the end; {@link FlowUnreadable} if the rest is unreadable.
   */
  int skip() {
    skimming = true;
    try {
      return read(false) ? households : 0;
    } finally {
      skimming = false;
    }
  }

  /** Names of elements not read, with the first household they showed in (0: outside any). */
  Map<String, Integer> unreadElements() {
    return unread.names();
  }

  /** More than {@value #MAX_UNREAD} names were not read; only the first are kept. */
  boolean moreUnreadElements() {
    return unread.more();
  }

  /** The encoding the file's prolog declares, if it does. */
  Optional<String> declaredEncoding() {
    return Optional.ofNullable(declaredEncoding);
  }

  /** Closes the parser and the stream. */
  @Override
  public void close() {
    try {
      xml.close();
    } catch (XMLStreamException e) {
      // nothing left to read: the stream is closed below anyway
    } finally {
      try {
        in.close();
      } catch (IOException e) {
        // a stream being read cannot lose data when closed
      }
    }
  }

  /** Reads until a household ends (true) or, for the header, until one starts. */
  private boolean read(boolean untilHouseholdStart) {
    started = true;
    if (failure != null) {
      throw failure;
    }
    try {
      while (!ended) {
        switch (xml.next()) {
          case XMLStreamConstants.START_ELEMENT -> {
            if (start() && untilHouseholdStart) {
              return false;
            }
          }
          case XMLStreamConstants.CHARACTERS,
              XMLStreamConstants.CDATA,
              XMLStreamConstants.SPACE -> {
            if (leaf != null && text.length() < MAX_TEXT && (draft != null || householdDepth < 0)) {
              int n = Math.min(xml.getTextLength(), MAX_TEXT - text.length());
              text.append(xml.getTextCharacters(), xml.getTextStart(), n);
            }
          }
          case XMLStreamConstants.END_ELEMENT -> {
            if (end()) {
              return true;
            }
          }
          case XMLStreamConstants.DTD -> throw doctype();
          case XMLStreamConstants.END_DOCUMENT -> ended = true;
          default -> {
            // comments, processing instructions: nothing to read
          }
        }
      }
      return false;
    } catch (XMLStreamException e) {
      failure = unreadable(e, xml.getEncoding());
      throw failure;
    } catch (FlowUnreadable e) {
      failure = e;
      throw e;
    }
  }

  /** True when a household starts. */
  private boolean start() {
    depth++;
    String name = localName();
    Element e = names.element(name).orElse(null);
    leaf = name;
    text.setLength(0);
    if (e == Element.HOUSEHOLD && householdDepth < 0) {
      householdDepth = depth;
      households++;
      draft = skimming ? null : new FlowHouseholdDraft(households, names, xml.getEncoding());
      leaf = null;
      return true;
    }
    if (e == Element.PERSON && householdDepth >= 0 && personDepth < 0) {
      personDepth = depth;
      if (draft != null) {
        draft.startPerson();
      }
      leaf = null;
    } else if (e == Element.FLOW_IDENTIFICATION && householdDepth < 0 && flowIdDepth < 0) {
      flowIdDepth = depth;
      leaf = null;
    }
    return false;
  }

  /** True when a household ends: {@link #built} if it was built. */
  private boolean end() {
    if (leaf != null) {
      value(leaf, text.toString());
      leaf = null;
    }
    boolean done = false;
    if (depth == personDepth) {
      personDepth = -1;
    } else if (depth == householdDepth) {
      householdDepth = -1;
      built = draft == null ? null : draft.build();
      draft = null;
      lastHousehold = households;
      done = true;
    } else if (depth == flowIdDepth) {
      flowIdDepth = -1;
    }
    depth--;
    return done;
  }

  private void value(String name, String value) {
    Element e = names.element(name).orElse(null);
    if (householdDepth >= 0 && e != null && e.ofPerson() && personDepth >= 0) {
      if (draft != null) {
        draft.person(e, value);
      }
    } else if (householdDepth >= 0 && e != null && e.ofHousehold()) {
      if (draft != null) {
        draft.household(e, value);
      }
    } else if (flowIdDepth >= 0 && e == Element.FLOW_DATE) {
      flowDate = flowDate == null ? Text.blankToNull(value) : flowDate;
    } else if (flowIdDepth >= 0 && e == Element.FLOW_TIME) {
      flowTime = flowTime == null ? Text.blankToNull(value) : flowTime;
    } else {
      unread.note(name, householdDepth >= 0 ? households : 0);
    }
  }

  private String localName() {
    String name = xml.getLocalName();
    return name.substring(name.indexOf(':') + 1);
  }

  /** HEUCREAFLUX as 14:30:05, 14:30, 143005 or 1430; null (and a problem) otherwise. */
  private LocalTime time(List<Problem> problems) {
    if (flowTime == null) {
      return null;
    }
    String digits = flowTime.replaceAll("[:.hH]", "");
    try {
      if (digits.matches("[0-9]{4}|[0-9]{6}")) {
        return LocalTime.of(
            Integer.parseInt(digits.substring(0, 2)),
            Integer.parseInt(digits.substring(2, 4)),
            digits.length() == 6 ? Integer.parseInt(digits.substring(4)) : 0);
      }
    } catch (DateTimeException e) {
      // an impossible time, such as 25:00: reported below
    }
    problems.add(
        new Problem(
            0,
            names.name(Element.FLOW_IDENTIFICATION) + " — " + names.name(Element.FLOW_TIME),
            "Heure du flux illisible : « "
                + Text.printable(flowTime, 20)
                + " » ; attendu HH:MM:SS."));
    return null;
  }

  private FlowUnreadable doctype() {
    Location at = xml.getLocation();
    return new FlowUnreadable(
        "Ligne "
            + at.getLineNumber()
            + " : le fichier contient une déclaration DOCTYPE, refusée par sécurité (un flux CAF"
            + " n'en a pas besoin) ; rien de ce qu'elle déclare n'a été lu.",
        at.getLineNumber(),
        at.getColumnNumber(),
        lastHousehold);
  }

  /** The parser's error in French, with where it is and what was read before. */
  private FlowUnreadable unreadable(XMLStreamException e, String encoding) {
    Location at = e.getLocation();
    int line = at == null ? 0 : at.getLineNumber();
    int column = at == null ? 0 : at.getColumnNumber();
    String parser = String.valueOf(e.getMessage());
    String where = "Ligne " + line + ", colonne " + column + " : ";
    String what;
    if (e.getNestedException() instanceof CharConversionException) {
      what =
          declaredEncoding == null
              ? "caractère invalide en UTF-8. Le fichier ne déclare pas son encodage, il est donc"
                  + " lu en UTF-8 ; il est sans doute en ISO-8859-1 : il doit commencer par"
                  + " <?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>."
              : "caractère invalide pour l'encodage « "
                  + Text.printable(encoding == null ? declaredEncoding : encoding, 30)
                  + " » que déclare l'en-tête du fichier ; le fichier est sans doute dans un autre"
                  + " encodage (ISO-8859-1 ?) : demandez un fichier dont l'en-tête déclare le bon.";
    } else if (parser.contains("Invalid encoding name")) {
      what = "encodage déclaré inconnu : attendu ISO-8859-1 ou UTF-8.";
    } else if (parser.contains("Premature end of file") && households == 0 && depth == 0) {
      what = "le fichier est vide ou n'est pas un fichier XML.";
    } else if (parser.contains("must start and end within the same entity")
        || parser.contains("Premature end of file")
        || parser.contains("must be terminated by the matching end-tag")) {
      what =
          "le fichier s'arrête au milieu d'un élément ou en laisse un ouvert (fichier tronqué ?).";
    } else {
      what = "le fichier n'est pas un XML bien formé.";
    }
    String read =
        lastHousehold == 0
            ? " Aucun foyer n'a été lu."
            : " Lecture arrêtée après le foyer n° " + lastHousehold + " : la suite n'est pas lue.";
    return new FlowUnreadable(where + what + read, line, column, lastHousehold);
  }
}
