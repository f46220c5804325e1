package fr.aiguillage.ui.kit;

import com.vaadin.flow.component.dialog.Dialog;
import fr.aiguillage.shared.DomainException;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The one way a view calls a service when it wants to go on after a refusal: the service's French
 * message is shown, never swallowed. (A refusal a view does not catch reaches the face's error
 * handler, which shows it the same way.)
 */
public final class ServiceCalls {
  private ServiceCalls() {}

  /** The call's answer, or empty once its refusal has been shown. */
  public static <T> Optional<T> attempt(Supplier<T> call) {
    try {
      return Optional.ofNullable(call.get());
    } catch (DomainException e) {
      refused(e);
      return Optional.empty();
    }
  }

  /** The call's answer, or {@code instead} once its refusal has been shown. */
  public static <T> T orElse(Supplier<T> call, T instead) {
    try {
      return call.get();
    } catch (DomainException e) {
      refused(e);
      return instead;
    }
  }

  /** Runs an action: done, {@code done} is said; refused, its reason is. True when done. */
  public static boolean run(Runnable action, String done) {
    try {
      action.run();
    } catch (DomainException e) {
      refused(e);
      return false;
    }
    Notices.success(done);
    return true;
  }

  /**
   * A service call made from a dialog: done, the dialog closes and the caller says so; refused on
   * its input, the reasons go back onto the dialog's fields; impossible now (taken meanwhile, gone,
   * not allowed), the dialog closes, the service's message is shown and the page is brought up to
   * date.
   */
  public static <T> void fromDialog(
      Dialog dialog,
      Supplier<T> call,
      Consumer<List<FieldError>> onInvalid,
      Consumer<T> onDone,
      Runnable refresh) {
    T done;
    try {
      done = call.get();
    } catch (InvalidInputException e) {
      onInvalid.accept(e.errors());
      return;
    } catch (DomainException e) {
      dialog.close();
      refused(e);
      refresh.run();
      return;
    }
    dialog.close();
    onDone.accept(done);
  }

  /** Shows a refusal the way every view does. */
  public static void refused(DomainException refusal) {
    Notices.error(refusal.getMessage());
  }

  /** The refusal among a failure's causes, if any (for an error handler). */
  public static Optional<DomainException> refusalIn(Throwable failure) {
    for (Throwable c = failure; c != null; c = c.getCause()) {
      if (c instanceof DomainException d) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
