package fr.aiguillage.ui.session;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import fr.aiguillage.session.SessionBoardChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Tells the open day-D boards of a session that something changed, once the change is committed.
 * The board is told through server push and then asks for its new state from the browser, in a
 * request of its own: the services read the caller from the request, which a committing thread of
 * another user does not carry.
 */
@ApplicationScoped
public class BoardBroadcaster {
  record Key(String tenant, UUID sessionId) {}

  private final Map<Key, Set<Listener>> listeners = new ConcurrentHashMap<>();

  private record Listener(UI ui, Consumer<UI> changed) {}

  /** Registers a board's page; the registration is removed when the page is detached. */
  public Registration register(String tenant, UUID sessionId, UI ui, Consumer<UI> changed) {
    Key key = new Key(tenant, sessionId);
    Listener l = new Listener(ui, changed);
    listeners.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(l);
    return () ->
        listeners.computeIfPresent(
            key,
            (k, set) -> {
              set.remove(l);
              return set.isEmpty() ? null : set;
            });
  }

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionBoardChanged event) {
    Set<Listener> open = listeners.get(new Key(event.tenant(), event.sessionId()));
    if (open == null) {
      return;
    }
    for (Listener l : Set.copyOf(open)) {
      try {
        l.ui().access(() -> l.changed().accept(l.ui()));
      } catch (UIDetachedException gone) {
        open.remove(l);
      }
    }
  }

  int listening(String tenant, UUID sessionId) {
    Set<Listener> open = listeners.get(new Key(tenant, sessionId));
    return open == null ? 0 : open.size();
  }
}
