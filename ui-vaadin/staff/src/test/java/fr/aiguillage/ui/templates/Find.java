package fr.aiguillage.ui.templates;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds a component by element id in a tree built without a browser. */
final class Find {
  private Find() {}

  static <C extends Component> C byId(Component root, String id, Class<C> type) {
    return find(root, id)
        .map(type::cast)
        .orElseThrow(() -> new AssertionError("no component with id " + id));
  }

  static Optional<Component> find(Component root, String id) {
    return all(root).filter(c -> id.equals(c.getId().orElse(null))).findFirst();
  }

  static Stream<Component> all(Component root) {
    return Stream.concat(Stream.of(root), root.getChildren().flatMap(Find::all));
  }
}
