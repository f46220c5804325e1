package fr.aiguillage.ui.directory;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import java.util.List;

/**
 * One CSV or JSON file of at most {@link #MAX_BYTES}, kept in memory and handed over whole; the
 * browser refuses other files, and the server does not read past the limit either.
 */
class DirectoryUpload extends Upload {
  static final int MAX_BYTES = 5 * 1024 * 1024;
  private static final String TOO_BIG = "Fichier trop volumineux : 5 Mo au plus";

  /**
   * @param onFile the file's name and content, called with the page locked
   * @param onRejected the file's name and why the browser kept it back
   */
  DirectoryUpload(
      SerializableBiConsumer<String, byte[]> onFile,
      SerializableBiConsumer<String, String> onRejected) {
    setId("directory-upload");
    setMaxFiles(1);
    setMaxFileSize(MAX_BYTES);
    setAcceptedFileTypes(".csv", ".json");
    setI18n(french());
    setUploadHandler(
        new InMemoryUploadHandler(
            (metadata, content) -> {
              clearFileList();
              if (content.length > MAX_BYTES) {
                onRejected.accept(metadata.fileName(), TOO_BIG);
              } else {
                onFile.accept(metadata.fileName(), content);
              }
            }) {
          @Override
          public long getFileSizeMax() {
            return MAX_BYTES;
          }
        });
    addFileRejectedListener(
        rejected -> onRejected.accept(rejected.getFileName(), rejected.getErrorMessage()));
  }

  private static UploadI18N french() {
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
            .setFileIsTooBig(TOO_BIG)
            .setIncorrectFileType("Format non accepté : CSV ou JSON"));
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
