package fr.aiguillage.ui.templates;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import fr.aiguillage.contract.ContractKind;
import fr.aiguillage.contract.TemplateSummary;
import fr.aiguillage.ui.kit.Badges;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The three kinds of contract with the département's versions of each, newest first: a version is
 * opened in the editor; a kind not adopted yet offers its national default to an administrator.
 */
class KindsPanel extends Section {
  private final boolean admin;
  private final Consumer<ContractKind> onAdopt;
  private final Consumer<UUID> onOpen;

  KindsPanel(boolean admin, Consumer<ContractKind> onAdopt, Consumer<UUID> onOpen) {
    this.admin = admin;
    this.onAdopt = onAdopt;
    this.onOpen = onOpen;
    setId("template-kinds");
    addClassName("template-kinds");
    getElement().setAttribute("aria-label", "Types de contrat et leurs versions");
  }

  void show(List<TemplateSummary> kinds, LocalDate today, UUID opened) {
    removeAll();
    kinds.forEach(kind -> add(kind(kind, today, opened)));
  }

  private Section kind(TemplateSummary kind, LocalDate today, UUID opened) {
    String id = "kind-" + kind.kind().name();
    H2 title = new H2(kind.label());
    title.setId(id + "-title");
    Paragraph inForce = new Paragraph(TemplateLabels.inForce(kind));
    inForce.setId(id + "-in-force");
    inForce.addClassName("secondary");
    Section section = new Section(title, inForce);
    section.setId(id);
    section.addClassName("template-kind");
    section.getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
    if (kind.versions().isEmpty()) {
      section.add(new Paragraph("Le département n'a pas encore adopté le modèle national."));
      if (admin) {
        Button adopt = new Button("Adopter le modèle national", VaadinIcon.DOWNLOAD_ALT.create());
        adopt.setId("adopt-" + kind.kind().name());
        adopt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        adopt.setDisableOnClick(true);
        adopt.addClickListener(click -> onAdopt.accept(kind.kind()));
        section.add(adopt);
      }
      return section;
    }
    UnorderedList versions = new UnorderedList();
    versions.addClassName("template-versions");
    for (TemplateSummary.Version v : kind.versions()) {
      Button open = new Button(TemplateLabels.option(v, today));
      open.setId(id + "-version-" + v.version());
      open.addClassName("template-version");
      open.getElement().setAttribute("data-status", v.status());
      open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
      open.addClickListener(click -> onOpen.accept(v.id()));
      ListItem item = new ListItem(open);
      if (v.id().equals(opened)) {
        open.getElement().setAttribute("aria-current", "true");
        item.add(Badges.of("affichée", "contrast"));
      }
      versions.add(item);
    }
    section.add(versions);
    return section;
  }
}
