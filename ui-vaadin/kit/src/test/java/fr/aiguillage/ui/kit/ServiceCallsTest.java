package fr.aiguillage.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.internal.ExecutionContext;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ServiceCallsTest {
  private final TestUi ui = new TestUi();

  @BeforeEach
  void aUi() {
    UI.setCurrent(ui);
  }

  @AfterEach
  void noUi() {
    UI.setCurrent(null);
  }

  @Test
  void aRefusalIsShownNotSwallowed() {
    Optional<String> read =
        ServiceCalls.attempt(
            () -> {
              throw new NotFoundException("Orientation");
            });

    assertThat(read).isEmpty();
    assertThat(errorsShown()).containsExactly("Orientation introuvable.");
  }

  @Test
  void aReadThatWorksShowsNothing() {
    assertThat(ServiceCalls.attempt(() -> "lu")).contains("lu");
    assertThat(ServiceCalls.orElse(() -> List.of("a"), List.of())).containsExactly("a");
    assertThat(errorsShown()).isEmpty();
  }

  @Test
  void aRefusedReadGoesOnWithWhatTheViewChose() {
    List<String> notices =
        ServiceCalls.orElse(
            () -> {
              throw new ConflictException("status", "Courriers indisponibles.");
            },
            List.of());

    assertThat(notices).isEmpty();
    assertThat(errorsShown()).containsExactly("Courriers indisponibles.");
  }

  @Test
  void anActionSaysWhetherItWasDone() {
    assertThat(ServiceCalls.run(() -> {}, "Courrier marqué comme posté.")).isTrue();
    assertThat(
            ServiceCalls.run(
                () -> {
                  throw new ConflictException("status", "Ce courrier est déjà posté.");
                },
                "Courrier marqué comme posté."))
        .isFalse();
    assertThat(errorsShown()).containsExactly("Ce courrier est déjà posté.");
  }

  @Test
  void aDialogKeepsItsInputRefusalsOnItsFields() {
    Dialog dialog = new Dialog();
    dialog.open();
    List<FieldError> onFields = new ArrayList<>();
    AtomicBoolean refreshed = new AtomicBoolean();

    ServiceCalls.fromDialog(
        dialog,
        () -> {
          throw new InvalidInputException(List.of(new FieldError("reason", "Motif obligatoire.")));
        },
        onFields::addAll,
        done -> {},
        () -> refreshed.set(true));

    assertThat(dialog.isOpened()).as("stays open to be corrected").isTrue();
    assertThat(onFields).extracting(FieldError::field).containsExactly("reason");
    assertThat(refreshed).isFalse();
    assertThat(errorsShown()).isEmpty();
  }

  @Test
  void aDialogOvertakenClosesShowsWhyAndRefreshesThePage() {
    Dialog dialog = new Dialog();
    dialog.open();
    AtomicBoolean refreshed = new AtomicBoolean();

    ServiceCalls.fromDialog(
        dialog,
        () -> {
          throw new ConflictException("status", "Cette orientation a déjà reçu une réponse.");
        },
        errors -> {},
        done -> {},
        () -> refreshed.set(true));

    assertThat(dialog.isOpened()).isFalse();
    assertThat(refreshed).isTrue();
    assertThat(errorsShown()).containsExactly("Cette orientation a déjà reçu une réponse.");
  }

  @Test
  void aDialogDoneClosesAndHandsOverTheAnswer() {
    Dialog dialog = new Dialog();
    dialog.open();
    List<String> done = new ArrayList<>();

    ServiceCalls.fromDialog(dialog, () -> "acceptée", errors -> {}, done::add, () -> {});

    assertThat(dialog.isOpened()).isFalse();
    assertThat(done).containsExactly("acceptée");
  }

  @Test
  void findsTheRefusalAmongTheCauses() {
    ConflictException refusal = new ConflictException("version", "Modifié entre-temps.");
    assertThat(ServiceCalls.refusalIn(new RuntimeException(new IllegalStateException(refusal))))
        .containsSame(refusal);
    assertThat(ServiceCalls.refusalIn(new IllegalStateException("bug"))).isEmpty();
  }

  /** The error notifications opened in the UI, as the browser would get them. */
  private List<String> errorsShown() {
    ui.respond();
    return ui.getChildren()
        .filter(Notification.class::isInstance)
        .map(Notification.class::cast)
        .filter(n -> n.getThemeNames().contains(NotificationVariant.LUMO_ERROR.getVariantName()))
        .map(n -> n.getElement().getProperty("text"))
        .toList();
  }

  /** A UI without a session: what would run before the response to the browser runs on demand. */
  private static final class TestUi extends UI {
    private final List<SerializableConsumer<ExecutionContext>> beforeResponse = new ArrayList<>();

    @Override
    public com.vaadin.flow.internal.StateTree.ExecutionRegistration beforeClientResponse(
        Component component, SerializableConsumer<ExecutionContext> execution) {
      beforeResponse.add(execution);
      return () -> beforeResponse.remove(execution);
    }

    void respond() {
      List<SerializableConsumer<ExecutionContext>> due = new ArrayList<>(beforeResponse);
      beforeResponse.clear();
      due.forEach(e -> e.accept(new ExecutionContext(this, false)));
    }
  }
}
