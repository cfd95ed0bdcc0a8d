// Oracle 2 for the Hunspell importer: reads one word per line on stdin and prints every word that
// libhunspell's Hunspell::spell() rejects. spell() checks the word as given (no tokenising, unlike
// `hunspell -l`). Usage: spell-check FILE.aff FILE.dic < words
#include <hunspell/hunspell.hxx>
#include <iostream>
#include <string>

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: spell-check FILE.aff FILE.dic < words\n";
    return 2;
  }
  Hunspell checker(argv[1], argv[2]);
  std::ios::sync_with_stdio(false);
  std::string word;
  while (std::getline(std::cin, word)) {
    if (!checker.spell(word)) std::cout << word << '\n';
  }
  return 0;
}
