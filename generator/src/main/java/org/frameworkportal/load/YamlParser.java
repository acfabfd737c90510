package org.frameworkportal.load;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.Reader;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Jackson's YAML parser, also telling how the value just read was written (without quotes, with a
 * tag or an anchor on its key), which Jackson drops unsaid.
 */
final class YamlParser extends YAMLParser {
  YamlParser(
      IOContext context,
      int features,
      int yamlFeatures,
      LoaderOptions options,
      ObjectCodec codec,
      Reader reader) {
    super(context, features, yamlFeatures, options, codec, reader);
  }

  /** The value just read, when it was written without quotes; null otherwise. */
  @Nullable ScalarEvent plainScalar() {
    return _lastEvent instanceof ScalarEvent value
            && value.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN
        ? value
        : null;
  }

  /**
   * Whether the value just read has an anchor ({@code &name}), which Jackson reports only for some
   * values.
   */
  boolean valueAnchored() {
    return _lastEvent instanceof NodeEvent node && node.getAnchor() != null;
  }

  boolean keyTagged() {
    return _lastEvent instanceof ScalarEvent key && key.getTag() != null;
  }

  boolean keyAnchored() {
    return _lastEvent instanceof ScalarEvent key && key.getAnchor() != null;
  }

  /** Jackson's factory, making {@link YamlParser}s. */
  static final class Factory extends YAMLFactory {
    Factory(YAMLFactoryBuilder builder) {
      super(builder);
    }

    @Override
    protected YAMLParser _createParser(Reader reader, IOContext context) {
      return new YamlParser(
          context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, reader);
    }
  }
}
