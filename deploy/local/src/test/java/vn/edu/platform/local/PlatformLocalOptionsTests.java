package vn.edu.platform.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.edu.platform.local.demo.DemoSize;
import vn.edu.platform.local.demo.OrgTreeGenerator;

class PlatformLocalOptionsTests {

  @Test
  void noArgumentsStartTheSmallPlatformWithDemoData() {
    PlatformLocal.Options options = PlatformLocal.Options.parse(new String[0]);

    assertThat(options.command).isEqualTo("start");
    assertThat(options.size).isEqualTo(DemoSize.SMALL);
    assertThat(options.seed).isEqualTo(OrgTreeGenerator.DEFAULT_SEED);
    assertThat(options.reset).isFalse();
    assertThat(options.demoData).isTrue();
  }

  @Test
  void flagsSelectSizeSeedResetAndTheCommand() {
    PlatformLocal.Options options =
        PlatformLocal.Options.parse(
            new String[] {"start", "--size", "full", "--seed", "7", "--reset", "--no-demo-data"});

    assertThat(options.size).isEqualTo(DemoSize.FULL);
    assertThat(options.seed).isEqualTo(7);
    assertThat(options.reset).isTrue();
    assertThat(options.demoData).isFalse();
  }

  @Test
  void tokenTakesTheUserAsPositionalArgument() {
    PlatformLocal.Options options =
        PlatformLocal.Options.parse(new String[] {"token", "gv.s311002"});

    assertThat(options.command).isEqualTo("token");
    assertThat(options.positional).containsExactly("gv.s311002");
  }

  @Test
  void unknownOptionsAndSizesAreRefusedWithTheUsage() {
    assertThatThrownBy(() -> PlatformLocal.Options.parse(new String[] {"--fast"}))
        .hasMessageContaining("usage: ./platform-local");
    assertThatThrownBy(() -> PlatformLocal.Options.parse(new String[] {"--size", "huge"}))
        .hasMessageContaining("small or full");
  }
}
