package fr.aiguillage.ui.beneficiary;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import fr.aiguillage.beneficiary.BeneficiaryFile;

/** The person's name, status and CAF identity at the top of their page. */
class BeneficiaryHeader extends VerticalLayout {
  private final H1 name = new H1();
  private final StatusBadge status = new StatusBadge();
  private final Paragraph identity = new Paragraph();

  BeneficiaryHeader() {
    setPadding(false);
    setSpacing(false);
    name.setId("person-name");
    identity.addClassName("secondary");
    HorizontalLayout title = new HorizontalLayout(name, status);
    title.setAlignItems(FlexComponent.Alignment.BASELINE);
    title.setWrap(true);
    add(title, identity);
  }

  void show(BeneficiaryFile file) {
    name.setText(fullName(file));
    status.show(file.status());
    String territory = file.territoryName() == null ? "" : " · " + file.territoryName();
    identity.setText(
        "N° allocataire " + file.cafNumber() + " · " + file.householdRole().label() + territory);
  }

  static String fullName(BeneficiaryFile file) {
    return file.lastName() + " " + file.firstNames();
  }
}
