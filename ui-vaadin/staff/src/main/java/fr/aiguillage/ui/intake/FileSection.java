package fr.aiguillage.ui.intake;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.function.SerializableBiConsumer;
import java.nio.file.Path;

/**
 * The list to import: what it may be, the upload, and whether the file was received (a status) or
 * not (an alert). Both regions stay in the page, empty, so that screen readers hear them.
 */
class FileSection extends Section {
  static final String ALERT_CLASS = "import-alert-text";

  private final IntakeUpload upload;
  private final Div status = new Div();
  private final Div alert = new Div();

  /**
   * @param onFile the file's name and temporary copy, which the receiver now owns
   */
  FileSection(SerializableBiConsumer<String, Path> onFile) {
    upload = new IntakeUpload(onFile, this::refuse);
    setId("import-file");
    H2 title = new H2("Fichier");
    title.setId("file-title");
    getElement().setAttribute("aria-labelledby", "file-title");
    status.setId("import-file-status");
    status.getElement().setAttribute("role", "status");
    alert.setId("import-file-alert");
    alert.getElement().setAttribute("role", "alert");
    alert.getStyle().set("color", "var(--lumo-error-text-color)");
    add(
        title,
        new Paragraph(
            "Une liste de la CAF ou de la MSA, en CSV (séparateur « ; » ou « , ») ou en Excel"
                + " (.xlsx, première feuille) avec une ligne d'en-tête, ou le flux XML des"
                + " bénéficiaires de la CNAF ; 250 Mo au plus."),
        new Paragraph(
            "Une personne déjà suivie (même NIR, sinon même numéro allocataire, rôle et date de"
                + " naissance — ou même numéro et rôle quand la date de naissance manque) est mise"
                + " à jour ; les autres sont créées. Les lignes en erreur sont"
                + " refusées une à une, les autres sont enregistrées. Importer deux fois le même"
                + " fichier ne change rien."),
        upload,
        alert,
        status);
  }

  void received(String fileName, long bytes) {
    clear();
    status.setText(IntakeTexts.received(fileName, bytes));
  }

  /** The file was not received, or cannot be read. */
  void refuse(String fileName, String reason) {
    clear();
    alert.setText("Le fichier « " + fileName + " » n'est pas retenu. " + reason);
    alert.addClassName(ALERT_CLASS);
  }

  void say(String text) {
    clear();
    status.setText(text);
  }

  /** While a run reads a file, no other can be sent. */
  void lock(boolean locked) {
    upload.setEnabled(!locked);
  }

  void clear() {
    status.setText("");
    alert.setText("");
    alert.removeClassName(ALERT_CLASS);
  }
}
