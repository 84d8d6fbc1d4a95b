# hc_embed_files(TARGET_VAR OUTPUT DIR SYMBOL)
# Writes OUTPUT, a C++ file defining `SYMBOL` as a list of {relative path,
# contents} pairs for every file below DIR, regenerated when any file changes.
function(hc_embed_files var output dir symbol)
  file(GLOB_RECURSE files CONFIGURE_DEPENDS RELATIVE ${dir} ${dir}/*)
  list(SORT files)
  set(abs "")
  foreach(f ${files})
    list(APPEND abs ${dir}/${f})
  endforeach()
  add_custom_command(
    OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -DDIR=${dir} -DOUT=${output} -DSYMBOL=${symbol}
            -P ${PROJECT_SOURCE_DIR}/cmake/EmbedFilesScript.cmake
    DEPENDS ${abs} ${PROJECT_SOURCE_DIR}/cmake/EmbedFilesScript.cmake
    COMMENT "Embedding files from ${dir}")
  set(${var} ${output} PARENT_SCOPE)
endfunction()
