"""`policy` console command: assembles the sub-commands of each package."""
import typer

from cli import chat_cmd, check_cmd, index_cmd, knowledge_cmd, purge_cmd, search_cmd, serve_cmd

app = typer.Typer(help="就业政策智能助手 命令行", no_args_is_help=True, add_completion=False)
app.add_typer(knowledge_cmd.app, name="knowledge", help="构建与查看知识库（条款记录）")
app.command("search")(search_cmd.search)
app.add_typer(index_cmd.app, name="index", help="构建与查看检索索引")
app.command("check")(check_cmd.check)
app.command("serve")(serve_cmd.serve)
app.command("chat")(chat_cmd.chat)
app.command("purge")(purge_cmd.purge_command)


if __name__ == "__main__":  # `python -m cli.main …` (worktrees run it this way, not .venv/bin/policy)
    app()
