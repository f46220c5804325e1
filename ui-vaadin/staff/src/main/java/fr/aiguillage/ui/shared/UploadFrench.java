package fr.aiguillage.ui.shared;

import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/** The upload's own words in French: buttons, progress, refusals. */
public final class UploadFrench {
  private UploadFrench() {}

  public static UploadI18N i18n(String tooBig, String wrongType) {
    UploadI18N i18n = new UploadI18N();
    i18n.setAddFiles(
        new UploadI18N.AddFiles().setOne("Choisir un fichier…").setMany("Choisir des fichiers…"));
    i18n.setDropFiles(
        new UploadI18N.DropFiles()
            .setOne("Déposez le fichier ici")
            .setMany("Déposez les fichiers ici"));
    i18n.setError(
        new UploadI18N.Error()
            .setTooManyFiles("Un seul fichier à la fois")
            .setFileIsTooBig(tooBig)
            .setIncorrectFileType(wrongType));
    i18n.setFile(
        new UploadI18N.File().setStart("Envoyer").setRetry("Réessayer").setRemove("Retirer"));
    i18n.setUploading(
        new UploadI18N.Uploading()
            .setStatus(
                new UploadI18N.Uploading.Status()
                    .setConnecting("Connexion…")
                    .setStalled("Envoi interrompu")
                    .setProcessing("Lecture du fichier…")
                    .setHeld("En attente"))
            .setRemainingTime(
                new UploadI18N.Uploading.RemainingTime()
                    .setPrefix("temps restant : ")
                    .setUnknown("temps restant inconnu"))
            .setError(
                new UploadI18N.Uploading.Error()
                    .setServerUnavailable("Envoi impossible : réessayez plus tard")
                    .setUnexpectedServerError("Envoi impossible : erreur du serveur")
                    .setForbidden("Envoi refusé")));
    i18n.setUnits(List.of("o", "ko", "Mo", "Go", "To", "Po", "Eo", "Zo", "Yo"));
    return i18n;
  }
}
