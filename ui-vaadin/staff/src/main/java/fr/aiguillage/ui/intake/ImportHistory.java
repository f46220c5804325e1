package fr.aiguillage.ui.intake;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableRunnable;
import fr.aiguillage.intake.ImportRunDetails;
import java.util.List;
import java.util.function.Consumer;

/** The département's last imports; choosing one shows its report. */
class ImportHistory extends Section {
  private final HistoryGrid grid;

  ImportHistory(Consumer<ImportRunDetails> choose, SerializableRunnable refresh) {
    grid = new HistoryGrid(choose);
    setId("import-history-section");
    H2 title = new H2("Derniers imports");
    title.setId("history-title");
    getElement().setAttribute("aria-labelledby", "history-title");
    Button again = new Button("Actualiser", VaadinIcon.REFRESH.create());
    again.setId("history-refresh");
    again.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    again.addClickListener(click -> refresh.run());
    add(
        title,
        new Paragraph(
            "Les "
                + HistoryGrid.RUNS
                + " derniers imports du département. Choisissez-en un pour voir son compte rendu."),
        again,
        grid);
  }

  void show(List<ImportRunDetails> runs) {
    grid.setItems(runs);
  }
}
