package dev.rampart.wasm.value;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds values straight from Jackson's token stream (no intermediate tree). Numbers keep every digit,
 * a repeated object key keeps its last value (as Go's and Jackson's decoders do), and short strings that
 * repeat across a document (keys, enumerations) share one instance.
 */
final class JsonValueReader {
    static final JsonFactory FACTORY = JsonFactory.builder().build();

    /** Strings up to this length are shared; longer ones rarely repeat. */
    private static final int SHARED_STRING_MAX_LENGTH = 40;
    private static final int SHARED_STRING_MAX_COUNT = 16_384;

    private final JsonParser parser;
    private final Map<String, StringValue> shared = new HashMap<>();

    private JsonValueReader(JsonParser parser) {
        this.parser = parser;
    }

    /** Reads exactly one JSON value from {@code parser}; anything after it is an error. */
    static Value read(JsonParser parser, String sourceName) {
        try (parser) {
            JsonValueReader reader = new JsonValueReader(parser);
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new InvalidDocumentException(sourceName + ": empty document, expected a JSON value", null);
            }
            Value v = reader.value(first);
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                throw new InvalidDocumentException(
                        sourceName + ": unexpected content after the JSON value at " + where(parser.currentTokenLocation()),
                        null);
            }
            return v;
        } catch (JsonProcessingException e) {
            throw new InvalidDocumentException(
                    sourceName + ": invalid JSON at " + where(e.getLocation()) + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InvalidDocumentException(sourceName + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static String where(JsonLocation loc) {
        return loc == null ? "an unknown position" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }

    private Value value(JsonToken token) throws IOException {
        return switch (token) {
            case START_OBJECT -> object();
            case START_ARRAY -> array();
            case VALUE_STRING -> string(parser.getText());
            case VALUE_NUMBER_INT -> parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? NumberValue.parse(parser.getText())
                    : NumberValue.of(parser.getLongValue());
            case VALUE_NUMBER_FLOAT -> NumberValue.parse(parser.getText());
            case VALUE_TRUE -> BooleanValue.TRUE;
            case VALUE_FALSE -> BooleanValue.FALSE;
            case VALUE_NULL -> NullValue.INSTANCE;
            default -> throw new JsonParseFailure("unexpected " + token, parser);
        };
    }

    private ObjectValue object() throws IOException {
        ObjectValue.Builder b = ObjectValue.builder(8);
        JsonToken t;
        while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
            StringValue key = string(parser.currentName());
            b.put(key, value(parser.nextToken()));
        }
        if (t != JsonToken.END_OBJECT) {
            throw new JsonParseFailure("unexpected " + t, parser);
        }
        return b.build();
    }

    private ArrayValue array() throws IOException {
        ArrayValue.Builder b = ArrayValue.builder(8);
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw new JsonParseFailure("unexpected end of input", parser);
            }
            b.add(value(t));
        }
        return b.build();
    }

    private StringValue string(String s) {
        if (s.length() > SHARED_STRING_MAX_LENGTH) {
            return StringValue.of(s);
        }
        StringValue v = shared.get(s);
        if (v == null) {
            v = StringValue.of(s);
            if (shared.size() < SHARED_STRING_MAX_COUNT) {
                shared.put(s, v);
            }
        }
        return v;
    }

    private static final class JsonParseFailure extends JsonProcessingException {
        JsonParseFailure(String message, JsonParser parser) {
            super(message, parser.currentTokenLocation());
        }
    }
}
