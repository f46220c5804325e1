package fr.aiguillage.ui.templates;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import fr.aiguillage.beneficiary.BeneficiarySummary;
import fr.aiguillage.contract.ContractHtml;
import fr.aiguillage.contract.TemplatePreview;
import fr.aiguillage.ui.kit.Formats;
import java.util.function.Consumer;

/**
 * The template shown as a contract of one of the département's people: a person looked up by name
 * (the list comes a page at a time from the people's search), then the rendered text, read-only,
 * and the fields their file does not fill.
 */
class PreviewPanel extends Section {
  private final ComboBox<BeneficiarySummary> person = new ComboBox<>("Personne pour l'aperçu");
  private final Button show = new Button("Afficher l'aperçu", VaadinIcon.EYE.create());
  private final Paragraph about = new Paragraph();
  private final Div document = new Div();
  private final Paragraph missingTitle = new Paragraph();
  private final UnorderedList missing = new UnorderedList();

  PreviewPanel(
      CallbackDataProvider.FetchCallback<BeneficiarySummary, String> fetch,
      CallbackDataProvider.CountCallback<BeneficiarySummary, String> count,
      Consumer<BeneficiarySummary> onShow) {
    setId("template-preview");
    addClassName("template-preview");
    H2 title = new H2("Aperçu sur une personne");
    title.setId("preview-title");
    getElement().setAttribute("aria-labelledby", "preview-title");
    Paragraph help =
        new Paragraph(
            "L'aperçu montre la version enregistrée, remplie avec le dossier de la personne"
                + " choisie (sa lecture est tracée). Le plan d'action, écrit avec la personne, y est"
                + " vide.");
    help.addClassName("secondary");
    person.setId("preview-person");
    person.setPlaceholder("Nom ou prénom");
    person.setHelperText("Tapez au moins deux lettres du nom.");
    person.setWidth("min(100%, 28em)");
    person.setItemLabelGenerator(PreviewPanel::label);
    person.setItems(fetch, count);
    person.setClearButtonVisible(true);
    show.setId("preview-show");
    show.addClickListener(
        click -> {
          if (person.getValue() == null) {
            person.setErrorMessage("Choisissez une personne.");
            person.setInvalid(true);
            person.focus();
            return;
          }
          person.setInvalid(false);
          onShow.accept(person.getValue());
        });
    HorizontalLayout choice = new HorizontalLayout(person, show);
    choice.setWrap(true);
    choice.setAlignItems(FlexComponent.Alignment.BASELINE);
    about.setId("preview-about");
    about.getElement().setAttribute("aria-live", "polite");
    document.setId("preview-html");
    document.addClassName("contract-document");
    document.getElement().setAttribute("role", "document");
    document.getElement().setAttribute("aria-label", "Aperçu du contrat");
    document.getElement().setAttribute("tabindex", "0");
    document.setVisible(false);
    missingTitle.setId("preview-missing-title");
    missing.setId("preview-missing");
    missingTitle.setVisible(false);
    missing.setVisible(false);
    add(title, help, choice, about, missingTitle, missing, document);
  }

  /** "DUPONT Marie — née le 03/05/1985 — Charleville-Mézières". */
  static String label(BeneficiarySummary p) {
    StringBuilder b = new StringBuilder();
    b.append(p.lastName()).append(' ').append(p.firstNames());
    if (p.birthDate() != null) {
      b.append(" — ").append(Formats.day(p.birthDate()));
    }
    if (p.communeName() != null) {
      b.append(" — ").append(p.communeName());
    }
    return b.toString();
  }

  void clear() {
    about.setText("");
    document.removeAll();
    document.setVisible(false);
    missing.removeAll();
    missing.setVisible(false);
    missingTitle.setVisible(false);
  }

  void show(String versionLabel, BeneficiarySummary who, TemplatePreview preview) {
    clear();
    about.setText("Aperçu " + versionLabel + " pour " + label(who) + ".");
    // The server's renderer escapes the template and every value: this is its XHTML fragment,
    // its headings placed under this section's.
    document.add(new Html("<div>" + ContractHtml.headingsFrom(preview.html(), 3) + "</div>"));
    document.setVisible(true);
    if (preview.notFilledIn().isEmpty()) {
      missingTitle.setText("Tous les champs utilisés sont renseignés par ce dossier.");
      missingTitle.setVisible(true);
      return;
    }
    missingTitle.setText(
        preview.notFilledIn().size() == 1
            ? "1 champ n'est pas renseigné par ce dossier :"
            : preview.notFilledIn().size() + " champs ne sont pas renseignés par ce dossier :");
    preview.notFilledIn().forEach(label -> missing.add(new ListItem(label)));
    missingTitle.setVisible(true);
    missing.setVisible(true);
  }
}
