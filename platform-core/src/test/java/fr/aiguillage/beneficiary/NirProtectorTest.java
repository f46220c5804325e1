package fr.aiguillage.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class NirProtectorTest {
  static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
  static final String HASH_KEY =
      Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

  @Test
  void encryptsWithAFreshIvAndHashesStably() {
    NirProtector p = new NirProtector(KEY, HASH_KEY);
    Nir nir = Nir.parse("nir", "285045935012373");
    ProtectedNir a = p.protect(nir);
    ProtectedNir b = p.protect(nir);
    assertThat(a.cipher()).isNotEqualTo(b.cipher()).doesNotContain("285045935012373");
    assertThat(a.hash()).isEqualTo(b.hash()).hasSize(64);
    assertThat(p.reveal(a.cipher())).isEqualTo(nir);
  }

  @Test
  void theHashDependsOnTheKey() {
    Nir nir = Nir.parse("nir", "285045935012373");
    String other =
        Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes());
    assertThat(new NirProtector(KEY, HASH_KEY).hash(nir))
        .isNotEqualTo(new NirProtector(KEY, other).hash(nir));
  }
}
