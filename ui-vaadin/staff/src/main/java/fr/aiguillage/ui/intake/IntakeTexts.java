package fr.aiguillage.ui.intake;

import fr.aiguillage.intake.ImportJob;
import fr.aiguillage.intake.ImportOrigin;
import fr.aiguillage.intake.ImportRun;
import fr.aiguillage.intake.ImportRunDetails;
import fr.aiguillage.intake.Intake.ChunkResult;
import fr.aiguillage.intake.Problem;
import fr.aiguillage.ui.kit.Formats;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The words of a list import, in French, with singulars and plurals. */
final class IntakeTexts {
  static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm", Locale.FRANCE)
          .withZone(ZoneId.of("Europe/Paris"));

  private IntakeTexts() {}

  /** "12 000 lignes lues". */
  static String rowsRead(int rows) {
    return count(rows, "ligne lue", "lignes lues");
  }

  /** "12 000 lignes lues : 10 000 créées, 1 500 mises à jour, 300 inchangées, 200 refusées." */
  static String progress(ImportJob.Progress p) {
    return rowsRead(p.rowsRead()) + " : " + counts(p.totals()) + ".";
  }

  static String counts(ChunkResult totals) {
    return count(totals.created(), "créée", "créées")
        + ", "
        + count(totals.updated(), "mise à jour", "mises à jour")
        + ", "
        + count(totals.unchanged(), "inchangée", "inchangées")
        + ", "
        + count(totals.rejected(), "refusée", "refusées")
        + (totals.outOfScope() + totals.exited() == 0
            ? ""
            : ", "
                + count(totals.outOfScope(), "hors champ", "hors champ")
                + ", "
                + count(totals.exited(), "sortie du RSA", "sorties du RSA"));
  }

  static ChunkResult totals(ImportRunDetails run) {
    return new ChunkResult(
        run.created(),
        run.updated(),
        run.unchanged(),
        run.rejected(),
        run.outOfScope(),
        run.exited());
  }

  /** The summary's first line, which says whether the import went to its end. */
  static String outcome(ImportRunDetails run) {
    return switch (run.status()) {
      case RUNNING -> "Import en cours, lancé le " + moment(run.startedAt()) + ".";
      case DONE -> "Import terminé le " + moment(run.finishedAt()) + ".";
      case FAILED ->
          "Import interrompu le "
              + moment(run.finishedAt())
              + " : les lots déjà enregistrés sont gardés.";
    };
  }

  static String status(ImportRun.Status status) {
    return switch (status) {
      case RUNNING -> "En cours";
      case DONE -> "Terminé";
      case FAILED -> "Interrompu";
    };
  }

  /** How the file came: « Écran », « API », « Dépôt automatique », « Plateforme d'échange CAF ». */
  static String origin(ImportOrigin origin) {
    return switch (origin) {
      case SCREEN -> "Écran";
      case API -> "API";
      case DROP -> "Dépôt automatique";
      case EXCHANGE -> "Plateforme d'échange CAF";
    };
  }

  /** The file's name, or where the rows came from when there was no file (the bulk API). */
  static String file(ImportRunDetails run) {
    return run.fileName() != null ? run.fileName() : "(envoi " + run.source() + ")";
  }

  static String moment(Instant at) {
    return at == null ? "" : MOMENT.format(at);
  }

  /** "Valide", or "2 problèmes : … ; …". */
  static String rowStatus(boolean valid, List<Problem> problems) {
    if (valid) {
      return "Valide";
    }
    return count(problems.size(), "problème", "problèmes")
        + " : "
        + String.join(" ; ", problems.stream().map(Problem::message).toList());
  }

  /** A problem about the whole row (a duplicate, a conflict) names no column. */
  static String column(Problem p) {
    return p.column() == null || p.column().isBlank() ? "(toute la ligne)" : p.column();
  }

  /** "Fichier « liste.csv » reçu (12 Mo) : vérifiez la correspondance des colonnes." */
  static String received(String fileName, long bytes) {
    return "Fichier « "
        + fileName
        + " » reçu ("
        + size(bytes)
        + ") : vérifiez la correspondance des colonnes et l'aperçu, puis lancez l'import.";
  }

  static String size(long bytes) {
    if (bytes < 1024 * 1024) {
      return Formats.thousands(Math.max(1, bytes / 1024)) + " ko";
    }
    return Formats.thousands(bytes / (1024 * 1024)) + " Mo";
  }

  /** "Problèmes de l'import du 12/03/2025 à 10:04 (liste.csv)"; a flow's: its report. */
  static String problemsOf(ImportRunDetails run) {
    return (isFlow(run) ? "Compte rendu par foyer du flux du " : "Problèmes de l'import du ")
        + moment(run.startedAt())
        + " ("
        + file(run)
        + ")";
  }

  /** Whether the run read a CNAF flow (households and people) rather than a list (rows). */
  static boolean isFlow(ImportRunDetails run) {
    return "CAF_XML".equals(run.source());
  }

  static String count(long n, String one, String many) {
    return Formats.thousands(n) + " " + (n > 1 ? many : one);
  }
}
