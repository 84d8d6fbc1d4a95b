#include "html/adopted_markup.h"

namespace hc::html {

Html adopt(std::string rendered) { return Html(std::move(rendered)); }

}  // namespace hc::html
