package fr.aiguillage.ui.directory;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.aiguillage.directory.DirectoryCsv;
import fr.aiguillage.directory.ImportReport;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

/**
 * "Importer un fichier", for a département administrator: what the file holds, the current
 * directory to start from, the upload and its result. It knows no service: the view reads and
 * imports the file, then tells it how that went.
 */
class DirectoryImport extends Section {
  private final ImportResult result = new ImportResult();

  /**
   * @param onFile the uploaded file's name and content
   * @param currentDirectory the directory as the export gives it, read when the link is followed
   */
  DirectoryImport(
      SerializableBiConsumer<String, byte[]> onFile,
      SerializableSupplier<List<Map<String, Object>>> currentDirectory) {
    setId("directory-import");
    addClassName("directory-import");
    H2 title = new H2("Importer un fichier");
    title.setId("import-title");
    getElement().setAttribute("aria-labelledby", "import-title");
    add(title);
    ImportTexts.help().forEach(text -> add(new Paragraph(text)));
    add(
        new Paragraph(exportLink(currentDirectory)),
        new DirectoryUpload(onFile, result::rejected),
        result);
  }

  void accepted(String fileName, ImportReport report) {
    result.accepted(fileName, report);
  }

  void refused(String fileName, List<ImportProblem> problems) {
    result.refused(fileName, problems);
  }

  void clear() {
    result.clear();
  }

  private static Anchor exportLink(SerializableSupplier<List<Map<String, Object>>> directory) {
    Anchor link =
        new Anchor(
            DownloadHandler.fromInputStream(
                download -> {
                  byte[] csv = DirectoryCsv.write(directory.get());
                  return new DownloadResponse(
                      new ByteArrayInputStream(csv),
                      DirectoryCsv.FILE_NAME,
                      DirectoryCsv.CONTENT_TYPE,
                      csv.length);
                }),
            AttachmentType.DOWNLOAD,
            "Télécharger l'annuaire actuel (CSV)");
    link.setId("directory-export");
    return link;
  }
}
