package fr.aiguillage.intake;

import fr.aiguillage.shared.InvalidInputException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a run says when the database refuses a row or a failure stops it: French words for the
 * agents who read the run; the database's own words go to the server's log.
 */
final class ImportFailures {
  private static final Logger LOG = Logger.getLogger(ImportJob.class.getName());

  private ImportFailures() {}

  /** Why the run stopped after {@code read} rows: a refusal's own message, else a technical one. */
  static String stopped(UUID runId, int read, RuntimeException e) {
    if (e instanceof InvalidInputException iie && !iie.errors().isEmpty()) {
      return iie.errors().get(0).message();
    }
    LOG.log(Level.WARNING, "Import " + runId + " stopped after " + read + " rows", e);
    return "Import interrompu après "
        + read
        + " lignes par une erreur technique, consignée dans le journal du serveur."
        + " Relancez-le : les lignes déjà enregistrées ne seront pas dupliquées.";
  }

  /** A chunk was refused: its rows are about to be written one by one. */
  static void chunkRefused(UUID runId, Intake.ChunkRefusedException e) {
    LOG.log(
        Level.WARNING,
        "Import "
            + runId
            + ": a chunk was refused by the database, its rows are written one by one",
        e);
  }

  /** The problem reported for a row the database refused on its own. */
  static Problem refusedRow(UUID runId, Staged row, Intake.ChunkRefusedException e) {
    LOG.log(Level.WARNING, "Import " + runId + ": row " + row.row() + " refused", e);
    return new Problem(
        row.row(),
        null,
        e.refusal().duplicate()
            ? "Ligne non enregistrée : cette personne vient d'être enregistrée par ailleurs"
                + " (même NIR, ou même numéro allocataire, rôle et date de naissance)."
                + " Relancez l'import pour la rapprocher."
            : "Ligne non enregistrée : la base de données a refusé l'une de ses valeurs"
                + " (erreur consignée dans le journal du serveur).");
  }
}
