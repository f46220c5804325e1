package fr.aiguillage.ui.diagnostic;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import fr.aiguillage.diagnostic.PersonalLinks.IssuedLink;
import fr.aiguillage.ui.kit.Formats;
import fr.aiguillage.ui.kit.Notices;
import java.time.ZoneId;
import java.util.function.Supplier;

/** Creates the person's own link to the questionnaire and shows it, once, to be copied. */
class PersonalLinkPanel extends Section {
  static final int DAYS = 14;
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private final Button issue = new Button("Créer le lien pour la personne");
  private final TextField url = new TextField("Lien à transmettre à la personne");
  private final Paragraph expiry = new Paragraph();
  private final Div shown = new Div();

  PersonalLinkPanel(Supplier<IssuedLink> onIssue, String baseUrl) {
    setId("personal-link");
    H2 title = new H2("Lien personnel");
    title.setId("personal-link-title");
    getElement().setAttribute("aria-labelledby", "personal-link-title");
    issue.setId("issue-link");
    url.setId("link-url");
    url.setReadOnly(true);
    url.setWidthFull();
    expiry.setId("link-expiry");
    Button copy = new Button("Copier", VaadinIcon.COPY.create());
    copy.setId("copy-link");
    copy.setAriaLabel("Copier le lien");
    copy.addClickListener(
        click -> {
          UI.getCurrent().getPage().executeJs("navigator.clipboard.writeText($0)", url.getValue());
          Notices.success("Lien copié");
        });
    HorizontalLayout row = new HorizontalLayout(url, copy);
    row.setAlignItems(FlexComponent.Alignment.BASELINE);
    row.setWidthFull();
    row.setFlexGrow(1, url);
    shown.add(row, expiry);
    shown.setVisible(false);
    issue.addClickListener(
        click -> {
          IssuedLink link = onIssue.get();
          if (link != null) {
            show(link, baseUrl);
          }
        });
    add(
        title,
        new Paragraph(
            "Ce lien, affiché une seule fois, permet à la personne de répondre depuis son"
                + " téléphone avant le rendez-vous ; ses réponses apparaîtront à côté des"
                + " questions."),
        issue,
        shown);
  }

  void setReadOnly(boolean readOnly) {
    setVisible(!readOnly);
  }

  private void show(IssuedLink link, String baseUrl) {
    url.setValue(url(baseUrl, link.token()));
    expiry.setText(
        "Valable jusqu'au " + Formats.day(link.expiresAt().atZone(PARIS).toLocalDate()) + ".");
    shown.setVisible(true);
    url.focus();
  }

  /** {@code <base>/mon-parcours/<token>}, whether the base ends with a slash or not. */
  static String url(String baseUrl, String token) {
    String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    return base + "/mon-parcours/" + token;
  }
}
