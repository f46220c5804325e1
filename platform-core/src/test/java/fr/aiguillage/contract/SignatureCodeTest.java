package fr.aiguillage.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.aiguillage.contract.CodeCheck.Outcome;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A six-digit code: hashed, ten minutes, five tries, one use. */
class SignatureCodeTest {
  static final Instant ISSUED = Instant.parse("2026-03-02T09:00:00Z");
  static final UUID CONTRACT = UUID.randomUUID();

  /** A clock the test moves forward. */
  static final class TestClock extends Clock {
    private Instant now = ISSUED;

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("Europe/Paris");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }
  }

  TestClock clock;
  SignatureCode.Issued issued;

  @BeforeEach
  void issue() {
    clock = new TestClock();
    issued =
        SignatureCode.issue(CONTRACT, new SecureRandom(), clock, SignatureCode.DEFAULT_VALIDITY);
  }

  static String wrong(String code) {
    return code.equals("000000") ? "000001" : "000000";
  }

  @Test
  void aCodeIsSixDigitsAndOnlyItsSaltedHashIsKept() {
    assertThat(issued.code()).matches("[0-9]{6}");
    SignatureCode stored = issued.stored();
    assertThat(stored.contractId()).isEqualTo(CONTRACT);
    assertThat(stored.issuedAt()).isEqualTo(ISSUED);
    assertThat(stored.expiresAt()).isEqualTo(ISSUED.plus(Duration.ofMinutes(10)));
    for (java.lang.reflect.Field f : SignatureCode.class.getDeclaredFields()) {
      f.setAccessible(true);
      try {
        assertThat(String.valueOf(f.get(stored))).doesNotContain(issued.code());
      } catch (IllegalAccessException e) {
        throw new AssertionError(e);
      }
    }
  }

  @Test
  void twoCodesWithTheSameDigitsAreSaltedApart() throws Exception {
    SecureRandom sameDigits =
        new SecureRandom() {
          @Override
          public int nextInt(int bound) {
            return 42;
          }
        };
    Set<String> hashes = new HashSet<>();
    java.lang.reflect.Field hash = SignatureCode.class.getDeclaredField("hash");
    hash.setAccessible(true);
    for (int i = 0; i < 3; i++) {
      SignatureCode.Issued c =
          SignatureCode.issue(CONTRACT, sameDigits, clock, Duration.ofMinutes(10));
      assertThat(c.code()).isEqualTo("000042");
      hashes.add((String) hash.get(c.stored()));
      assertThat(c.stored().verify("000042", clock).ok()).isTrue();
    }
    assertThat(hashes).hasSize(3);
  }

  @Test
  void theRightCodeIsAcceptedOnceAndProvesTheSigningOfItsContract() {
    CodeCheck ok =
        issued
            .stored()
            .verify(" " + issued.code().substring(0, 3) + " " + issued.code().substring(3), clock);
    assertThat(ok.outcome()).isEqualTo(Outcome.OK);
    assertThat(ok.message()).isEqualTo("Code accepté.");
    assertThat(issued.stored().usedAt()).isEqualTo(ISSUED);
    assertThat(issued.stored().provesSigningOf(CONTRACT)).isTrue();
    assertThat(issued.stored().provesSigningOf(UUID.randomUUID())).isFalse();

    CodeCheck again = issued.stored().verify(issued.code(), clock);
    assertThat(again.outcome()).isEqualTo(Outcome.USED);
    assertThat(again.message()).isEqualTo("Ce code a déjà servi. Demandez un nouveau code.");
  }

  @Test
  void aWrongCodeSaysHowManyTriesAreLeftAndTheFifthLocksIt() {
    SignatureCode code = issued.stored();
    for (int left = 4; left >= 1; left--) {
      CodeCheck check = code.verify(wrong(issued.code()), clock);
      assertThat(check.outcome()).isEqualTo(Outcome.WRONG);
      assertThat(check.remainingAttempts()).isEqualTo(left);
    }
    assertThat(code.verify("12", clock).message())
        .isEqualTo("Trop d'essais : ce code est bloqué. Demandez un nouveau code.");
    assertThat(code.failedAttempts()).isEqualTo(5);
    CodeCheck afterwards = code.verify(issued.code(), clock);
    assertThat(afterwards.outcome()).as("locked even for the right code").isEqualTo(Outcome.LOCKED);
    assertThat(code.provesSigningOf(CONTRACT)).isFalse();
  }

  @Test
  void wrongMessagesCountDown() {
    SignatureCode code = issued.stored();
    assertThat(code.verify(wrong(issued.code()), clock).message())
        .isEqualTo("Code incorrect. Il vous reste 4 essais.");
    code.verify(wrong(issued.code()), clock);
    code.verify(wrong(issued.code()), clock);
    assertThat(code.verify(wrong(issued.code()), clock).message())
        .isEqualTo("Code incorrect. Il vous reste 1 essai.");
  }

  @Test
  void aCodeExpiresAfterItsValidity() {
    clock.advance(Duration.ofMinutes(10).minusSeconds(1));
    SignatureCode.Issued second =
        SignatureCode.issue(CONTRACT, new SecureRandom(), clock, Duration.ofMinutes(10));
    assertThat(second.stored().verify(wrong(second.code()), clock).outcome())
        .isEqualTo(Outcome.WRONG);
    clock.advance(Duration.ofSeconds(1));
    CodeCheck late = issued.stored().verify(issued.code(), clock);
    assertThat(late.outcome()).isEqualTo(Outcome.EXPIRED);
    assertThat(late.message()).isEqualTo("Ce code a expiré. Demandez un nouveau code.");
    assertThat(issued.stored().usedAt()).isNull();
    assertThat(second.stored().verify(second.code(), clock).ok()).isTrue();
  }

  @Test
  void theValidityIsConfigurable() {
    SignatureCode.Issued shortOne =
        SignatureCode.issue(CONTRACT, new SecureRandom(), clock, Duration.ofMinutes(2));
    assertThat(shortOne.stored().expiresAt()).isEqualTo(ISSUED.plusSeconds(120));
    clock.advance(Duration.ofMinutes(2));
    assertThat(shortOne.stored().verify(shortOne.code(), clock).outcome())
        .isEqualTo(Outcome.EXPIRED);
    assertThatThrownBy(
            () -> SignatureCode.issue(CONTRACT, new SecureRandom(), clock, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void nothingTypedCountsAsAWrongTry() {
    assertThat(issued.stored().verify(null, clock).outcome()).isEqualTo(Outcome.WRONG);
    assertThat(issued.stored().failedAttempts()).isEqualTo(1);
  }
}
