package fr.aiguillage.contract;

import fr.aiguillage.shared.Text;
import fr.aiguillage.vocabulary.Pathway;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a person's file says that a template's merge fields draw on, as read from the tables (codes
 * as stored, any of them possibly null): the person, their current orientation and its referent and
 * structure, their latest completed diagnostic's synthesis, and the département. {@link #values}
 * turns it into {@link MergeValues}; what is not known stays unknown, for the document to show.
 */
public record MergeFile(
    String civility,
    String lastName,
    String firstNames,
    LocalDate birthDate,
    String addressLine,
    String addressComplement,
    String postalCode,
    String communeName,
    String cafNumber,
    String pathway,
    LocalDate decidedOn,
    LocalDate notifiedOn,
    String referentFirstName,
    String referentLastName,
    String referentEmail,
    String structureName,
    String structureAddressLine,
    String structurePostalCode,
    String diagnosticSynthesis,
    String departementName) {

  /** The merge values of this file, with no contract dates yet (a preview, a new draft). */
  public MergeValues values() {
    return values(null);
  }

  public MergeValues values(MergeValues.ContractDates dates) {
    return new MergeValues(
        new MergeValues.Person(
            civilityWord(civility),
            Text.blankToNull(lastName),
            Text.blankToNull(firstNames),
            birthDate,
            lines(addressLine, addressComplement, town(postalCode, communeName)),
            Text.blankToNull(cafNumber)),
        null,
        new MergeValues.Orientation(pathway(pathway), decidedOn, notifiedOn),
        new MergeValues.Referent(
            join(referentFirstName, referentLastName), Text.blankToNull(referentEmail), null),
        new MergeValues.Structure(
            Text.blankToNull(structureName),
            lines(structureAddressLine, Text.blankToNull(structurePostalCode))),
        Text.blankToNull(diagnosticSynthesis),
        dates,
        new MergeValues.Departement(Text.blankToNull(departementName), null));
  }

  private static String civilityWord(String code) {
    if (code == null) {
      return null;
    }
    return switch (code) {
      case "MADAME" -> "Madame";
      case "MONSIEUR" -> "Monsieur";
      default -> null;
    };
  }

  private static Pathway pathway(String code) {
    return code == null
        ? null
        : Arrays.stream(Pathway.values())
            .filter(p -> p.name().equals(code))
            .findFirst()
            .orElse(null);
  }

  private static String town(String postalCode, String commune) {
    return join(postalCode, commune);
  }

  private static String join(String first, String second) {
    return Text.blankToNull(
        String.join(
            " ",
            java.util.stream.Stream.of(first, second)
                .map(Text::blankToNull)
                .filter(Objects::nonNull)
                .map(String::strip)
                .toList()));
  }

  /** The non-blank lines, or null when there is none. */
  private static List<String> lines(String... lines) {
    List<String> kept =
        Arrays.stream(lines).map(Text::blankToNull).filter(Objects::nonNull).toList();
    return kept.isEmpty() ? null : kept;
  }
}
