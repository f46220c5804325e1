package fr.aiguillage.ui.orientation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;

/** A description list ({@code dl}) of terms and their descriptions, in the order given. */
final class Facts {
  private Facts() {}

  static DescriptionList of(Component... termsAndDescriptions) {
    DescriptionList list = new DescriptionList();
    list.add(termsAndDescriptions);
    return list;
  }
}
