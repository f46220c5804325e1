package fr.aiguillage.ui.directory;

import fr.aiguillage.directory.DataInclusion;
import fr.aiguillage.directory.ImportReport;
import java.util.List;

/** The words of a directory import, in French, with singulars and plurals. */
final class ImportTexts {
  static final String HEADER = "en-tête";

  private ImportTexts() {}

  /** "12 lignes lues : 3 structures créées, 9 mises à jour." */
  static String accepted(ImportReport report) {
    if (report.rows() == 0) {
      return "Le fichier ne contient aucune structure : rien n'a été enregistré.";
    }
    return count(report.rows(), "ligne lue", "lignes lues")
        + " : "
        + count(report.created(), "structure créée", "structures créées")
        + ", "
        + count(report.updated(), "mise à jour", "mises à jour")
        + ".";
  }

  /** "Fichier refusé : rien n'a été enregistré. 3 erreurs à corriger." */
  static String refused(int errors) {
    return "Fichier refusé : rien n'a été enregistré. "
        + count(errors, "erreur à corriger", "erreurs à corriger")
        + ".";
  }

  /** A file the browser did not send (too big, wrong format), with the upload's own reason. */
  static String rejected(String fileName, String reason) {
    return "Le fichier « " + fileName + " » n'a pas été envoyé. " + reason;
  }

  /** Row 0 is the header; the structures count from 1. */
  static String line(int row) {
    return row == 0 ? HEADER : String.valueOf(row);
  }

  /** "Fichier : annuaire.csv". */
  static String file(String fileName) {
    return "Fichier : " + fileName;
  }

  /** The columns read, the required ones marked, as a sentence. */
  static String columns() {
    return "Colonnes reconnues : "
        + String.join(", ", DataInclusion.COLUMNS)
        + ". Obligatoires : "
        + String.join(", ", DataInclusion.REQUIRED)
        + ".";
  }

  /** What happens with the partner organisations, which a file may or may not carry. */
  static String owners() {
    return "Sans colonne « "
        + DataInclusion.OWNER
        + " », les organisations partenaires déjà choisies sont gardées ; avec elle, une case"
        + " vide retire l'organisation.";
  }

  /** The paragraphs above the upload: format, matching, all-or-nothing, columns. */
  static List<String> help() {
    return List.of(
        "Un fichier CSV (séparateur « ; » ou « , ») ou JSON au schéma data·inclusion, de 5 Mo au"
            + " plus. Une structure déjà dans l'annuaire (même SIRET, sinon même nom) est mise à"
            + " jour ; les autres sont créées. Si une seule ligne est en erreur, rien n'est"
            + " enregistré.",
        columns(),
        owners());
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n > 1 ? many : one);
  }
}
