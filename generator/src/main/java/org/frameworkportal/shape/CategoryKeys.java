package org.frameworkportal.shape;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One optional key per category of requirements, named by the categories of site.yaml; with {@code
 * withOther}, an {@code other} key as well.
 *
 * @param description what the keys are for, as one line of the content guide
 * @param titleOf a category's key's title, for editors
 * @param descriptionOf a category's key's description, for editors
 */
public record CategoryKeys(
    Type type,
    boolean withOther,
    String description,
    Function<Category, String> titleOf,
    Function<Category, String> descriptionOf)
    implements Shape.Part {

  /** The keys for {@code categories}. */
  public List<Key> keys(List<Category> categories) {
    List<Key> keys = new ArrayList<>();
    for (Category category : with(categories, Category.OTHER)) {
      keys.add(
          new Key(
              category.id(),
              Presence.OPTIONAL,
              type,
              titleOf.apply(category),
              descriptionOf.apply(category)));
    }
    return keys;
  }

  /** The key names for the categories {@code ids}. */
  public List<String> names(List<String> ids) {
    return with(ids, Category.OTHER.id());
  }

  private <T> List<T> with(List<T> categories, T other) {
    List<T> all = new ArrayList<>(categories);
    if (withOther) {
      all.add(other);
    }
    return all;
  }
}
