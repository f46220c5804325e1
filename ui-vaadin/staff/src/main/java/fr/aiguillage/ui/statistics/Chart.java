package fr.aiguillage.ui.statistics;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import elemental.json.JsonObject;

/**
 * An Apache ECharts chart (the {@code <aiguillage-chart>} element of {@code aiguillage-chart.js}),
 * drawn in SVG from the option the server builds. For screen readers it is one image with a French
 * label pointing at the table of the same figures that follows it.
 */
@Tag("aiguillage-chart")
@NpmPackage(value = "echarts", version = "5.6.0")
@JsModule("./aiguillage-chart.js")
class Chart extends Component implements HasSize {
  Chart(String id, String label) {
    setId(id);
    addClassName("statistics-chart");
    getElement().setAttribute("role", "img");
    getElement()
        .setAttribute("aria-label", label + " (les chiffres sont dans le tableau qui suit)");
    setWidthFull();
    setHeight("340px");
  }

  void show(JsonObject option) {
    getElement().setProperty("option", option.toJson());
  }
}
