package fr.aiguillage.ui.directory;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import fr.aiguillage.ui.shared.UploadFrench;

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
    setI18n(UploadFrench.i18n(TOO_BIG, "Format non accepté : CSV ou JSON"));
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
}
