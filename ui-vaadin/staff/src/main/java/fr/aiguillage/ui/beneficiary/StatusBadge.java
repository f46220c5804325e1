package fr.aiguillage.ui.beneficiary;

import com.vaadin.flow.component.html.Span;
import fr.aiguillage.beneficiary.BeneficiaryStatus;

/** The file's status as a Lumo badge; the words carry the meaning, the colour only helps. */
class StatusBadge extends Span {
  StatusBadge() {
    setId("status-badge");
  }

  void show(BeneficiaryStatus status) {
    setText(status.label());
    getElement().getThemeList().clear();
    getElement().getThemeList().add("badge");
    switch (status) {
      case TO_ORIENT -> getElement().getThemeList().add("primary");
      case ORIENTED, ACCOMPANIED -> getElement().getThemeList().add("success");
      case CLOSED -> getElement().getThemeList().add("contrast");
      case INTAKE -> {}
    }
  }
}
