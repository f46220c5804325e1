package fr.aiguillage.ui.intake;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.server.streams.FileFactory;
import com.vaadin.flow.server.streams.FileUploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import fr.aiguillage.ui.shared.UploadFrench;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One CSV or Excel list, or a CNAF XML flow, of at most {@link #MAX_BYTES}, written to a temporary
 * file as it arrives (never held in memory). The browser refuses other files; the server stops
 * reading past the limit and deletes what it had written of a file whose sending failed.
 */
class IntakeUpload extends Upload {
  static final long MAX_BYTES = fr.aiguillage.intake.ImportJob.MAX_FILE_BYTES;
  static final String TOO_BIG = "Fichier trop volumineux : 250 Mo au plus";
  static final String WRONG_TYPE =
      "Format non accepté : CSV, Excel (.xlsx) ou flux XML de la CNAF (.xml)";

  /**
   * @param onFile the file's name and temporary copy, called with the page locked; the receiver
   *     owns the copy and deletes it
   * @param onRejected the file's name and why it was not received
   */
  IntakeUpload(
      SerializableBiConsumer<String, Path> onFile,
      SerializableBiConsumer<String, String> onRejected) {
    setId("import-upload");
    setMaxFiles(1);
    setMaxFileSize((int) MAX_BYTES);
    setAcceptedFileTypes(".csv", ".xlsx", ".xml");
    setI18n(UploadFrench.i18n(TOO_BIG, WRONG_TYPE));
    TempFiles files = new TempFiles();
    FileUploadHandler handler =
        new FileUploadHandler(
            (metadata, file) -> {
              clearFileList();
              if (file.length() > MAX_BYTES) {
                PendingFile.delete(file.toPath());
                onRejected.accept(metadata.fileName(), TOO_BIG);
              } else {
                onFile.accept(metadata.fileName(), file.toPath());
              }
            },
            files) {
          @Override
          public long getFileSizeMax() {
            return MAX_BYTES;
          }
        };
    handler.whenComplete(
        (transfer, complete) -> {
          if (!complete) {
            files.discardLast();
            onRejected.accept(
                transfer.fileName(), "L'envoi a échoué ou a été interrompu : réessayez.");
          }
        });
    setUploadHandler(handler);
    addFileRejectedListener(
        rejected -> onRejected.accept(rejected.getFileName(), rejected.getErrorMessage()));
  }

  /**
   * Temporary files named by the application, not by the browser's file name; remembers the last
   * one so that a failed sending leaves nothing behind.
   */
  private static final class TempFiles implements FileFactory {
    private volatile File last;

    @Override
    public File createFile(UploadMetadata metadata) throws IOException {
      File file = Files.createTempFile("aiguillage-import-", ".upload").toFile();
      last = file;
      return file;
    }

    void discardLast() {
      File file = last;
      if (file != null) {
        PendingFile.delete(file.toPath());
      }
    }
  }
}
